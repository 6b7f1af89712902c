import type { StakeholderGroupDefinition } from './model.ts'

/**
 * The six default stakeholder groups, with the expectations and engagement channels of the source
 * report. Equal weights; every group rates both axes.
 */
export const DEFAULT_STAKEHOLDER_GROUPS: readonly StakeholderGroupDefinition[] = [
  {
    key: 'government',
    names: {
      en: 'Government and regulators',
      'zh-Hant': '政府及監管機構',
      'zh-Hans': '政府及监管机构',
    },
    expectations: {
      en: 'Compliance with laws, regulations and the Listing Rules; business integrity; paying taxes in accordance with the law; product safety; technological progress',
      'zh-Hant': '遵守法律法規及上市規則；廉潔從業；依法納稅；保證產品安全；推動技術進步',
      'zh-Hans': '遵守法律法规及上市规则；廉洁从业；依法纳税；保证产品安全；推动技术进步',
    },
    channels: {
      en: 'Studying policies and guidance documents; meetings and training organised by authorities and associations; cooperating with inspections; phone, email and in-person contact',
      'zh-Hant':
        '研習政策及指導文件；參加相關部門及協會組織的會議及培訓；配合相關機構視察檢查；以電話、電郵、面對面方式進行聯絡',
      'zh-Hans':
        '研习政策及指导文件；参加相关部门及协会组织的会议及培训；配合相关机构视察检查；以电话、电子邮件、面对面方式进行联络',
    },
    weight: 1,
    axes: ['impact', 'stakeholder'],
  },
  {
    key: 'investors',
    names: {
      en: 'Shareholders and investors',
      'zh-Hant': '股東及投資者',
      'zh-Hans': '股东及投资者',
    },
    expectations: {
      en: 'Sustained growth in results; compliant operations; sound corporate governance; timely and complete disclosure; attractive return on investment',
      'zh-Hant':
        '持續的經營業績提升；合規的業務運營；完善的企業管治；及時完備的信息披露；可觀的投資回報',
      'zh-Hans':
        '持续的经营业绩提升；合规的业务运营；完善的企业管治；及时完备的信息披露；可观的投资回报',
    },
    channels: {
      en: 'General meetings and investor meetings; financial reports, announcements and other information; news on the company website; phone, email and in-person communication',
      'zh-Hant':
        '召開股東大會及投資者會議；發佈財務報告、公告等資訊；通過公司網站發佈新聞、訊息；與投資人進行電話、電郵、面對面溝通',
      'zh-Hans':
        '召开股东大会及投资者会议；发布财务报告、公告等信息；通过公司网站发布新闻及信息；与投资者进行电话、电子邮件、面对面沟通',
    },
    weight: 1,
    axes: ['impact', 'stakeholder'],
  },
  {
    key: 'customers',
    names: { en: 'Customers', 'zh-Hant': '客戶', 'zh-Hans': '客户' },
    expectations: {
      en: 'Quality products and services; on-time delivery and product responsibility; security of customer data; meeting diverse customer needs',
      'zh-Hant':
        '保證產品及服務質量；確保按期交付，履行產品責任；保障客戶信息安全；滿足客戶多元化需求',
      'zh-Hans':
        '保证产品及服务质量；确保按期交付，履行产品责任；保障客户信息安全；满足客户多元化需求',
    },
    channels: {
      en: 'Customer needs research; customer satisfaction surveys; phone, email and in-person communication',
      'zh-Hant': '開展客戶需求調研；進行客戶服務滿意度問卷調查；與客戶進行電話、電郵、面對面溝通',
      'zh-Hans':
        '开展客户需求调研；进行客户服务满意度问卷调查；与客户进行电话、电子邮件、面对面沟通',
    },
    weight: 1,
    axes: ['impact', 'stakeholder'],
  },
  {
    key: 'employees',
    names: { en: 'Employees', 'zh-Hant': '員工', 'zh-Hans': '员工' },
    expectations: {
      en: "Protection of employees' interests; occupational health; workplace safety; training and development opportunities; fair and reasonable pay",
      'zh-Hant':
        '維護員工利益；關注員工職業健康；保障工作場所安全；提供培訓及發展機會；提供公平合理的報酬',
      'zh-Hans':
        '维护员工利益；关注员工职业健康；保障工作场所安全；提供培训及发展机会；提供公平合理的报酬',
    },
    channels: {
      en: 'Job satisfaction surveys; regular meetings and staff forums; employee care activities; online discussion and Q&A platform; phone, email and in-person communication',
      'zh-Hant':
        '進行工作滿意度問卷調查；定期召開會議，組織員工座談；組織員工關懷活動；開設線上交流及問答平台；與員工進行電話、電郵、面對面溝通',
      'zh-Hans':
        '进行工作满意度问卷调查；定期召开会议，组织员工座谈；组织员工关怀活动；开设线上交流及问答平台；与员工进行电话、电子邮件、面对面沟通',
    },
    weight: 1,
    axes: ['impact', 'stakeholder'],
  },
  {
    key: 'suppliers',
    names: { en: 'Suppliers', 'zh-Hant': '供應商', 'zh-Hans': '供应商' },
    expectations: {
      en: 'Open, fair and impartial procurement; contracts honoured for mutual benefit; stable demand and win-win cooperation',
      'zh-Hant': '公開、公平、公正採購；信守合約，互利共贏；需求穩定，互利雙贏',
      'zh-Hans': '公开、公平、公正采购；信守合同，互利共赢；需求稳定，互利双赢',
    },
    channels: {
      en: 'Site visits, assessments and interviews; phone, email and in-person communication',
      'zh-Hant': '實地拜訪評估、訪談；與供應商進行電話、電郵、面對面溝通',
      'zh-Hans': '实地拜访评估、访谈；与供应商进行电话、电子邮件、面对面沟通',
    },
    weight: 1,
    axes: ['impact', 'stakeholder'],
  },
  {
    key: 'community',
    names: { en: 'Community and public', 'zh-Hant': '社區與公眾', 'zh-Hans': '社区与公众' },
    expectations: {
      en: 'Protection of the social environment; support for community development; full and transparent information; timely replies to enquiries; sustained business development',
      'zh-Hant': '保護社會環境；支持社區發展；發佈信息全面、透明；及時反饋外部問詢；持續的業務發展',
      'zh-Hans': '保护社会环境；支持社区发展；发布信息全面、透明；及时反馈外部问询；持续的业务发展',
    },
    channels: {
      en: 'Community liaison and dialogue; community activities; financial reports, announcements and other information; news on the company website and social media; phone, email and online channels',
      'zh-Hant':
        '保持社區聯絡及對話；參與社區活動；發佈財務報告、公告等信息；通過公司網站及社交媒體發佈新聞、訊息；設立電話、電郵、互聯網通訊平台等聯絡渠道',
      'zh-Hans':
        '保持社区联络及对话；参与社区活动；发布财务报告、公告等信息；通过公司网站及社交媒体发布新闻及信息；设立电话、电子邮件、互联网通讯平台等联络渠道',
    },
    weight: 1,
    axes: ['impact', 'stakeholder'],
  },
]
