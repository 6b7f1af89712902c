import type { IssueDefinition } from '../domain/model.ts'

/**
 * The default issue library: the 33 candidate issues of the source report, in its
 * order, mapped to the HKEX ESG Reporting Guide (Appendix C2) and to GRI topic standards.
 * `gri` is empty where no GRI topic standard fits (compliance is GRI 2-27, a general disclosure).
 */
export const HKEX_33: readonly IssueDefinition[] = [
  {
    code: '1',
    aspect: 'environmental',
    names: { en: 'Environmental compliance', 'zh-Hant': '環境合規', 'zh-Hans': '环境合规' },
    descriptions: {
      en: 'Complying with environmental laws and permits on emissions, wastewater, waste and resource use, and avoiding environmental fines or penalties.',
      'zh-Hant':
        '遵守有關排放、廢水、廢棄物及資源使用的環境法律法規及許可要求，避免因違規而被罰款或處罰。',
      'zh-Hans':
        '遵守有关排放、废水、废弃物及资源使用的环境法律法规及许可要求，避免因违规而被罚款或处罚。',
    },
    hkex: { aspect: 'A1', kpis: [] },
    gri: [],
  },
  {
    code: '2',
    aspect: 'environmental',
    names: {
      en: 'Air pollutant management',
      'zh-Hant': '空氣污染物管理',
      'zh-Hans': '空气污染物管理',
    },
    descriptions: {
      en: "Measuring and reducing air pollutants, such as nitrogen oxides, sulphur oxides and particulates, from the company's vehicles, equipment and operations.",
      'zh-Hant': '監測並減少公司車輛、設備及營運所產生的氮氧化物、硫氧化物及顆粒物等空氣污染物。',
      'zh-Hans': '监测并减少公司车辆、设备及运营所产生的氮氧化物、硫氧化物及颗粒物等空气污染物。',
    },
    hkex: { aspect: 'A1', kpis: ['A1.1'] },
    gri: ['GRI 305: Emissions 2016'],
  },
  {
    code: '3',
    aspect: 'environmental',
    names: {
      en: 'Greenhouse gas emissions management',
      'zh-Hant': '溫室氣體排放管理',
      'zh-Hans': '温室气体排放管理',
    },
    descriptions: {
      en: "Measuring the company's greenhouse gas emissions (Scopes 1, 2 and 3), setting reduction targets and cutting emissions over time.",
      'zh-Hant': '計量公司的溫室氣體排放（範圍一、二及三），訂立減排目標並持續減少排放。',
      'zh-Hans': '计量公司的温室气体排放（范围一、二及三），制定减排目标并持续减少排放。',
    },
    hkex: { aspect: 'A1', kpis: ['A1.1', 'A1.2', 'A1.5'] },
    gri: ['GRI 305: Emissions 2016'],
  },
  {
    code: '4',
    aspect: 'environmental',
    names: { en: 'Waste management', 'zh-Hant': '廢棄物管理', 'zh-Hans': '废弃物管理' },
    descriptions: {
      en: "Reducing, reusing, recycling and safely disposing of hazardous and non-hazardous waste from the company's offices, facilities and operations.",
      'zh-Hant': '減少、重用、回收及妥善處置公司辦公室、設施及營運產生的有害及無害廢棄物。',
      'zh-Hans': '减少、再利用、回收及妥善处置公司办公室、设施及运营产生的有害及无害废弃物。',
    },
    hkex: { aspect: 'A1', kpis: ['A1.3', 'A1.4', 'A1.6'] },
    gri: ['GRI 306: Waste 2020'],
  },
  {
    code: '5',
    aspect: 'environmental',
    names: { en: 'Wastewater management', 'zh-Hant': '廢水管理', 'zh-Hans': '废水管理' },
    descriptions: {
      en: 'Treating and monitoring wastewater before it is discharged, so that it meets legal limits and does not pollute rivers, seas or groundwater.',
      'zh-Hant': '在排放前處理及監測廢水，確保符合法定標準，避免污染河流、海洋或地下水。',
      'zh-Hans': '在排放前处理及监测废水，确保符合法定标准，避免污染河流、海洋或地下水。',
    },
    // Discharges into water fall under A1's general disclosure; no A1 KPI measures them.
    hkex: { aspect: 'A1', kpis: [] },
    gri: ['GRI 303: Water and Effluents 2018'],
  },
  {
    code: '6',
    aspect: 'environmental',
    names: { en: 'Energy use', 'zh-Hant': '能源使用', 'zh-Hans': '能源使用' },
    descriptions: {
      en: 'Using electricity, fuel and other energy efficiently, setting energy-saving targets and shifting towards renewable energy.',
      'zh-Hant': '有效使用電力、燃料及其他能源，訂立節能目標，並逐步轉用可再生能源。',
      'zh-Hans': '高效使用电力、燃料及其他能源，制定节能目标，并逐步转用可再生能源。',
    },
    hkex: { aspect: 'A2', kpis: ['A2.1', 'A2.3'] },
    gri: ['GRI 302: Energy 2016'],
  },
  {
    code: '7',
    aspect: 'environmental',
    names: { en: 'Water use', 'zh-Hant': '水資源使用', 'zh-Hans': '水资源使用' },
    descriptions: {
      en: "Using water efficiently, setting water-saving targets and securing water that is fit for purpose in the company's offices and operations.",
      'zh-Hant': '在公司辦公室及營運中有效用水，訂立節水目標，並確保取得合適的水源。',
      'zh-Hans': '在公司办公室及运营中高效用水，制定节水目标，并确保取得合适的水源。',
    },
    hkex: { aspect: 'A2', kpis: ['A2.2', 'A2.4'] },
    gri: ['GRI 303: Water and Effluents 2018'],
  },
  {
    code: '8',
    aspect: 'environmental',
    names: {
      en: 'Raw and packaging materials',
      'zh-Hant': '原材料及包裝材料',
      'zh-Hans': '原材料及包装材料',
    },
    descriptions: {
      en: 'Using raw materials and product packaging efficiently, choosing recycled or lower-impact materials and reducing packaging waste.',
      'zh-Hant': '有效使用原材料及產品包裝，選用回收或對環境影響較低的材料，並減少包裝廢棄物。',
      'zh-Hans': '高效使用原材料及产品包装，选用再生或对环境影响较低的材料，并减少包装废弃物。',
    },
    hkex: { aspect: 'A2', kpis: ['A2.5'] },
    gri: ['GRI 301: Materials 2016'],
  },
  {
    code: '9',
    aspect: 'environmental',
    names: { en: 'Climate change response', 'zh-Hant': '應對氣候變化', 'zh-Hans': '应对气候变化' },
    descriptions: {
      en: 'Identifying and managing climate-related risks and opportunities, such as extreme weather and the low-carbon transition, and adapting the business.',
      'zh-Hant': '識別及管理極端天氣、低碳轉型等氣候相關風險與機遇，並相應調整業務。',
      'zh-Hans': '识别及管理极端天气、低碳转型等气候相关风险与机遇，并相应调整业务。',
    },
    // GRI 201-2 covers the financial implications of climate change; GRI 305 the emissions.
    hkex: { aspect: 'A4', kpis: ['A4.1'] },
    gri: ['GRI 201: Economic Performance 2016', 'GRI 305: Emissions 2016'],
  },
  {
    code: '10',
    aspect: 'environmental',
    names: { en: 'Green office', 'zh-Hant': '綠色辦公室', 'zh-Hans': '绿色办公室' },
    descriptions: {
      en: 'Everyday environmental practices at work, such as saving electricity and paper, going paperless, recycling and encouraging green habits among staff.',
      'zh-Hant':
        '日常辦公的環保措施，例如節約用電及用紙、推行無紙化辦公、回收資源及鼓勵員工養成環保習慣。',
      'zh-Hans':
        '日常办公的环保措施，例如节约用电及用纸、推行无纸化办公、回收资源及鼓励员工养成环保习惯。',
    },
    // Office electricity and paper: energy efficiency (A2.1, A2.3) and materials (GRI 301).
    hkex: { aspect: 'A2', kpis: ['A2.1', 'A2.3'] },
    gri: ['GRI 302: Energy 2016', 'GRI 301: Materials 2016'],
  },
  {
    code: '11',
    aspect: 'environmental',
    names: {
      en: 'Environmental incident prevention and response',
      'zh-Hant': '環境事故預防及處理',
      'zh-Hans': '环境事故预防及处理',
    },
    descriptions: {
      en: 'Preventing spills, leaks and other environmental accidents, and having emergency plans to contain and report any that occur.',
      'zh-Hant': '預防洩漏等環境事故，並制定應急預案，以便在事故發生時及時控制及上報。',
      'zh-Hans': '预防泄漏等环境事故，并制定应急预案，以便在事故发生时及时控制及上报。',
    },
    // Disclosure 306-3 Significant spills of the 2016 standard remains in effect.
    hkex: { aspect: 'A3', kpis: ['A3.1'] },
    gri: ['GRI 306: Effluents and Waste 2016'],
  },
  {
    code: '12',
    aspect: 'employment',
    names: { en: 'Employment compliance', 'zh-Hant': '僱傭合規', 'zh-Hans': '雇佣合规' },
    descriptions: {
      en: 'Complying with labour laws on hiring, contracts, dismissal, social insurance and employee rights in every place the company operates.',
      'zh-Hant': '在各營運地遵守有關招聘、勞動合約、解僱、社會保險及僱員權益的勞工法律法規。',
      'zh-Hans': '在各运营地遵守有关招聘、劳动合同、解雇、社会保险及员工权益的劳动法律法规。',
    },
    hkex: { aspect: 'B1', kpis: ['B1.1', 'B1.2'] },
    gri: ['GRI 401: Employment 2016'],
  },
  {
    code: '13',
    aspect: 'employment',
    names: { en: 'Remuneration and benefits', 'zh-Hant': '薪酬及福利', 'zh-Hans': '薪酬及福利' },
    descriptions: {
      en: 'Paying employees fairly, competitively and on time, and providing benefits such as insurance, retirement plans and allowances.',
      'zh-Hant': '按時支付公平且具競爭力的薪酬，並提供保險、退休金及津貼等福利。',
      'zh-Hans': '按时支付公平且具竞争力的薪酬，并提供保险、退休金及津贴等福利。',
    },
    hkex: { aspect: 'B1', kpis: [] },
    gri: ['GRI 401: Employment 2016'],
  },
  {
    code: '14',
    aspect: 'employment',
    names: {
      en: 'Working hours and leave',
      'zh-Hant': '工作時數及假期',
      'zh-Hans': '工作时间及假期',
    },
    descriptions: {
      en: 'Keeping working hours reasonable and lawful, compensating overtime, and giving employees the rest days and leave they are entitled to.',
      'zh-Hant': '確保工作時數合理合法、加班獲得補償，並保障僱員享有休息日、年假及其他法定假期。',
      'zh-Hans': '确保工作时间合理合法、加班获得补偿，并保障员工享有休息日、年假及其他法定假期。',
    },
    hkex: { aspect: 'B1', kpis: [] },
    gri: ['GRI 401: Employment 2016'],
  },
  {
    code: '15',
    aspect: 'employment',
    names: {
      en: 'Diversity and equal opportunity',
      'zh-Hant': '多元化與平等機會',
      'zh-Hans': '多元化与平等机会',
    },
    descriptions: {
      en: 'Treating all employees and job applicants fairly, whatever their gender, age, ethnicity or disability, and building a diverse workforce.',
      'zh-Hant': '不論性別、年齡、種族或殘疾與否，公平對待所有員工及求職者，並建立多元化的團隊。',
      'zh-Hans': '不论性别、年龄、种族或残疾与否，公平对待所有员工及求职者，并建立多元化的团队。',
    },
    // B1.1 breaks the workforce down by gender, age group and region.
    hkex: { aspect: 'B1', kpis: ['B1.1'] },
    gri: ['GRI 405: Diversity and Equal Opportunity 2016', 'GRI 406: Non-discrimination 2016'],
  },
  {
    code: '16',
    aspect: 'employment',
    names: {
      en: 'Occupational health and safety',
      'zh-Hant': '職業健康與安全',
      'zh-Hans': '职业健康与安全',
    },
    descriptions: {
      en: 'Keeping workplaces safe and healthy, preventing work injuries and occupational diseases, and training staff in safety and emergency response.',
      'zh-Hant': '保障工作場所安全健康，預防工傷及職業病，並為員工提供安全及應急培訓。',
      'zh-Hans': '保障工作场所安全健康，预防工伤及职业病，并为员工提供安全及应急培训。',
    },
    hkex: { aspect: 'B2', kpis: ['B2.1', 'B2.2', 'B2.3'] },
    gri: ['GRI 403: Occupational Health and Safety 2018'],
  },
  {
    code: '17',
    aspect: 'employment',
    names: { en: 'Training and development', 'zh-Hant': '培訓與發展', 'zh-Hans': '培训与发展' },
    descriptions: {
      en: 'Giving employees training, skills development and clear career paths so that they can grow with the company.',
      'zh-Hant': '為員工提供培訓、技能提升及清晰的職業發展路徑，讓他們與公司共同成長。',
      'zh-Hans': '为员工提供培训、技能提升及清晰的职业发展路径，让他们与公司共同成长。',
    },
    hkex: { aspect: 'B3', kpis: ['B3.1', 'B3.2'] },
    gri: ['GRI 404: Training and Education 2016'],
  },
  {
    code: '18',
    aspect: 'employment',
    names: {
      en: 'Prevention of child and forced labour',
      'zh-Hant': '防止童工和強制勞工',
      'zh-Hans': '防止童工和强制劳工',
    },
    descriptions: {
      en: "Checking ages and working conditions so that no child or forced labour is used in the company's operations, and acting at once if any is found.",
      'zh-Hant': '核實年齡及工作條件，確保公司營運中不使用童工或強制勞工，一經發現立即糾正。',
      'zh-Hans': '核实年龄及工作条件，确保公司运营中不使用童工或强制劳工，一经发现立即纠正。',
    },
    hkex: { aspect: 'B4', kpis: ['B4.1', 'B4.2'] },
    gri: ['GRI 408: Child Labor 2016', 'GRI 409: Forced or Compulsory Labor 2016'],
  },
  {
    code: '19',
    aspect: 'operating',
    names: { en: 'Operational compliance', 'zh-Hant': '營運合規', 'zh-Hans': '营运合规' },
    descriptions: {
      en: 'Complying with the laws and listing rules that govern the business, such as those on products, advertising, competition, tax and data.',
      'zh-Hant': '遵守規管業務的法律法規及上市規則，例如有關產品、廣告、競爭、稅務及數據的規定。',
      'zh-Hans': '遵守规范业务的法律法规及上市规则，例如有关产品、广告、竞争、税务及数据的规定。',
    },
    // B6's general disclosure covers compliance on products, advertising, labelling and privacy.
    hkex: { aspect: 'B6', kpis: [] },
    gri: [],
  },
  {
    code: '20',
    aspect: 'operating',
    names: {
      en: 'Environmental risks in the supply chain',
      'zh-Hant': '管理供應鏈的環境風險',
      'zh-Hans': '管理供应链的环境风险',
    },
    descriptions: {
      en: "Assessing and monitoring suppliers' environmental performance, such as pollution and resource use, and preferring greener products and services.",
      'zh-Hant': '評估及監察供應商在污染、資源使用等方面的環境表現，並優先採購環保產品及服務。',
      'zh-Hans': '评估及监督供应商在污染、资源使用等方面的环境表现，并优先采购环保产品及服务。',
    },
    hkex: { aspect: 'B5', kpis: ['B5.3', 'B5.4'] },
    gri: ['GRI 308: Supplier Environmental Assessment 2016'],
  },
  {
    code: '21',
    aspect: 'operating',
    names: {
      en: 'Social risks in the supply chain',
      'zh-Hant': '管理供應鏈的社會風險',
      'zh-Hans': '管理供应链的社会风险',
    },
    descriptions: {
      en: "Assessing and monitoring suppliers' labour practices, health and safety, human rights and business ethics, and following up any problems found.",
      'zh-Hant': '評估及監察供應商的勞工常規、健康與安全、人權及商業道德，並跟進發現的問題。',
      'zh-Hans': '评估及监督供应商的劳工常规、健康与安全、人权及商业道德，并跟进发现的问题。',
    },
    hkex: { aspect: 'B5', kpis: ['B5.3'] },
    gri: ['GRI 414: Supplier Social Assessment 2016'],
  },
  {
    code: '22',
    aspect: 'operating',
    names: { en: 'Procurement practices', 'zh-Hant': '採購常規', 'zh-Hans': '采购常规' },
    descriptions: {
      en: 'Selecting and managing suppliers through open, fair and transparent procurement, and supporting local suppliers where possible.',
      'zh-Hant': '以公開、公平、透明的採購流程甄選及管理供應商，並在可行情況下支持本地供應商。',
      'zh-Hans': '以公开、公平、透明的采购流程甄选及管理供应商，并在可行情况下支持本地供应商。',
    },
    hkex: { aspect: 'B5', kpis: ['B5.1', 'B5.2'] },
    gri: ['GRI 204: Procurement Practices 2016'],
  },
  {
    code: '23',
    aspect: 'operating',
    names: { en: 'Quality management', 'zh-Hant': '質量管理', 'zh-Hans': '质量管理' },
    descriptions: {
      en: 'Keeping products and services at a consistent, high quality through quality control, testing, certification and recall procedures.',
      'zh-Hant': '通過質量控制、測試、認證及回收程序，確保產品及服務質量穩定可靠。',
      'zh-Hans': '通过质量控制、测试、认证及召回程序，确保产品及服务质量稳定可靠。',
    },
    hkex: { aspect: 'B6', kpis: ['B6.4'] },
    gri: [],
  },
  {
    code: '24',
    aspect: 'operating',
    names: {
      en: 'Customer health and safety',
      'zh-Hant': '客戶健康與安全',
      'zh-Hans': '客户健康与安全',
    },
    descriptions: {
      en: 'Making sure products and services are safe to use and meet safety standards, and recalling them promptly if a risk is found.',
      'zh-Hant': '確保產品及服務使用安全、符合安全標準，並在發現風險時及時回收。',
      'zh-Hans': '确保产品及服务使用安全、符合安全标准，并在发现风险时及时召回。',
    },
    hkex: { aspect: 'B6', kpis: ['B6.1'] },
    gri: ['GRI 416: Customer Health and Safety 2016'],
  },
  {
    code: '25',
    aspect: 'operating',
    names: {
      en: 'Responsible marketing and promotion',
      'zh-Hant': '負責的營銷及推廣',
      'zh-Hans': '负责任的营销及推广',
    },
    descriptions: {
      en: 'Advertising and labelling products honestly and accurately, without misleading claims, and marketing responsibly to customers.',
      'zh-Hant': '以真實準確的方式宣傳及標示產品，不作誤導性陳述，負責任地向客戶推廣。',
      'zh-Hans': '以真实准确的方式宣传及标示产品，不作误导性陈述，负责任地向客户推广。',
    },
    // Advertising and labelling sit in B6's general disclosure; no B6 KPI measures them.
    hkex: { aspect: 'B6', kpis: [] },
    gri: ['GRI 417: Marketing and Labeling 2016'],
  },
  {
    code: '26',
    aspect: 'operating',
    names: {
      en: 'Customer service management',
      'zh-Hant': '客戶服務管理',
      'zh-Hans': '客户服务管理',
    },
    descriptions: {
      en: 'Serving customers well before and after a sale, and handling their enquiries and complaints promptly and fairly.',
      'zh-Hant': '提供優質的售前及售後服務，及時、公正地處理客戶查詢及投訴。',
      'zh-Hans': '提供优质的售前及售后服务，及时、公正地处理客户咨询及投诉。',
    },
    hkex: { aspect: 'B6', kpis: ['B6.2'] },
    gri: [],
  },
  {
    code: '27',
    aspect: 'operating',
    names: {
      en: 'Intellectual property protection',
      'zh-Hant': '知識產權保護',
      'zh-Hans': '知识产权保护',
    },
    descriptions: {
      en: "Protecting the company's patents, trademarks, copyrights and trade secrets, and respecting the intellectual property of others.",
      'zh-Hant': '保護公司的專利、商標、版權及商業秘密，並尊重他人的知識產權。',
      'zh-Hans': '保护公司的专利、商标、版权及商业秘密，并尊重他人的知识产权。',
    },
    hkex: { aspect: 'B6', kpis: ['B6.3'] },
    gri: [],
  },
  {
    code: '28',
    aspect: 'operating',
    names: { en: 'Information security', 'zh-Hant': '資訊安全', 'zh-Hans': '信息安全' },
    descriptions: {
      en: "Protecting the company's systems and data from cyber attacks, leaks and misuse through security controls, monitoring and staff awareness.",
      'zh-Hant':
        '通過安全控制、監測及員工安全意識培訓，保護公司系統及數據免受網絡攻擊、洩露及濫用。',
      'zh-Hans':
        '通过安全控制、监测及员工安全意识培训，保护公司系统及数据免受网络攻击、泄露及滥用。',
    },
    // B6.5 and GRI 418-1 both cover breaches and losses of customer data.
    hkex: { aspect: 'B6', kpis: ['B6.5'] },
    gri: ['GRI 418: Customer Privacy 2016'],
  },
  {
    code: '29',
    aspect: 'operating',
    names: {
      en: 'Customer privacy protection',
      'zh-Hant': '客戶隱私保護',
      'zh-Hans': '客户隐私保护',
    },
    descriptions: {
      en: "Collecting, using and storing customers' personal data lawfully and only as needed, keeping it confidential and respecting their privacy.",
      'zh-Hant': '合法並按需收集、使用及儲存客戶個人資料，確保資料保密並尊重客戶隱私。',
      'zh-Hans': '合法并按需收集、使用及存储客户个人信息，确保信息保密并尊重客户隐私。',
    },
    hkex: { aspect: 'B6', kpis: ['B6.5'] },
    gri: ['GRI 418: Customer Privacy 2016'],
  },
  {
    code: '30',
    aspect: 'operating',
    names: {
      en: 'Research, development and innovation',
      'zh-Hant': '研發及創新',
      'zh-Hans': '研发及创新',
    },
    descriptions: {
      en: 'Investing in research, development and innovation to improve products and services and keep the company competitive.',
      'zh-Hant': '投入資源進行研發及創新，以改進產品及服務，保持公司的競爭力。',
      'zh-Hans': '投入资源进行研发及创新，以改进产品及服务，保持公司的竞争力。',
    },
    hkex: { aspect: 'B6', kpis: [] },
    gri: [],
  },
  {
    code: '31',
    aspect: 'operating',
    names: { en: 'Anti-corruption', 'zh-Hant': '反貪污', 'zh-Hans': '反贪污' },
    descriptions: {
      en: 'Preventing bribery, extortion, fraud and money laundering through clear policies, whistle-blowing channels and anti-corruption training.',
      'zh-Hant': '通過明確的政策、舉報渠道及反貪污培訓，防止賄賂、勒索、欺詐及洗黑錢。',
      'zh-Hans': '通过明确的政策、举报渠道及反贪污培训，防止贿赂、勒索、欺诈及洗钱。',
    },
    hkex: { aspect: 'B7', kpis: ['B7.1', 'B7.2', 'B7.3'] },
    gri: ['GRI 205: Anti-corruption 2016'],
  },
  {
    code: '32',
    aspect: 'community',
    names: { en: 'Philanthropy and charity', 'zh-Hant': '公益慈善', 'zh-Hans': '公益慈善' },
    descriptions: {
      en: 'Giving money, time and resources to charities and good causes, such as education, health and disaster relief, including staff volunteering.',
      'zh-Hant': '透過捐款、義工服務及其他資源，支持教育、醫療、救災等公益慈善事業。',
      'zh-Hans': '通过捐款、志愿服务及其他资源，支持教育、医疗、救灾等公益慈善事业。',
    },
    // GRI 201-1 reports community investments as economic value distributed.
    hkex: { aspect: 'B8', kpis: ['B8.1', 'B8.2'] },
    gri: ['GRI 201: Economic Performance 2016'],
  },
  {
    code: '33',
    aspect: 'community',
    names: { en: 'Community development', 'zh-Hant': '推動社區發展', 'zh-Hans': '推动社区发展' },
    descriptions: {
      en: 'Understanding the needs of the communities where the company operates and helping them develop, for example through local jobs, skills and partnerships.',
      'zh-Hant': '了解營運所在社區的需要，並透過提供就業、技能培訓及合作等方式推動社區發展。',
      'zh-Hans': '了解运营所在社区的需求，并通过提供就业、技能培训及合作等方式推动社区发展。',
    },
    hkex: { aspect: 'B8', kpis: ['B8.1'] },
    gri: ['GRI 413: Local Communities 2016', 'GRI 203: Indirect Economic Impacts 2016'],
  },
]
