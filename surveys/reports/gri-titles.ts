import type { Locale } from '../i18n/locales.ts'

/**
 * The GRI topic standards' titles in Chinese, by number (306 by year: "Effluents and Waste 2016"
 * became "Waste 2020"): Hong Kong usage for Traditional, mainland usage for Simplified.
 */
const TITLES: Record<string, { 'zh-Hant': string; 'zh-Hans': string }> = {
  '201': { 'zh-Hant': '經濟績效', 'zh-Hans': '经济绩效' },
  '202': { 'zh-Hant': '市場表現', 'zh-Hans': '市场表现' },
  '203': { 'zh-Hant': '間接經濟影響', 'zh-Hans': '间接经济影响' },
  '204': { 'zh-Hant': '採購實踐', 'zh-Hans': '采购实践' },
  '205': { 'zh-Hant': '反貪污', 'zh-Hans': '反腐败' },
  '206': { 'zh-Hant': '反競爭行為', 'zh-Hans': '反竞争行为' },
  '207': { 'zh-Hant': '稅務', 'zh-Hans': '税务' },
  '301': { 'zh-Hant': '物料', 'zh-Hans': '物料' },
  '302': { 'zh-Hant': '能源', 'zh-Hans': '能源' },
  '303': { 'zh-Hant': '水及污水', 'zh-Hans': '水资源和污水' },
  '304': { 'zh-Hant': '生物多樣性', 'zh-Hans': '生物多样性' },
  '305': { 'zh-Hant': '排放物', 'zh-Hans': '排放' },
  '306 2016': { 'zh-Hant': '污水及廢棄物', 'zh-Hans': '污水和废弃物' },
  '306 2020': { 'zh-Hant': '廢棄物', 'zh-Hans': '废弃物' },
  '308': { 'zh-Hant': '供應商環境評估', 'zh-Hans': '供应商环境评估' },
  '401': { 'zh-Hant': '僱傭', 'zh-Hans': '雇佣' },
  '402': { 'zh-Hant': '勞資關係', 'zh-Hans': '劳资关系' },
  '403': { 'zh-Hant': '職業健康與安全', 'zh-Hans': '职业健康与安全' },
  '404': { 'zh-Hant': '培訓與教育', 'zh-Hans': '培训与教育' },
  '405': { 'zh-Hant': '多元化與平等機會', 'zh-Hans': '多元化与平等机会' },
  '406': { 'zh-Hant': '反歧視', 'zh-Hans': '反歧视' },
  '407': { 'zh-Hant': '結社自由與集體談判', 'zh-Hans': '结社自由与集体谈判' },
  '408': { 'zh-Hant': '童工', 'zh-Hans': '童工' },
  '409': { 'zh-Hant': '強迫或強制勞動', 'zh-Hans': '强迫或强制劳动' },
  '410': { 'zh-Hant': '保安實踐', 'zh-Hans': '安保实践' },
  '411': { 'zh-Hant': '原住民權利', 'zh-Hans': '原住民权利' },
  '413': { 'zh-Hant': '當地社區', 'zh-Hans': '当地社区' },
  '414': { 'zh-Hant': '供應商社會評估', 'zh-Hans': '供应商社会评估' },
  '415': { 'zh-Hant': '公共政策', 'zh-Hans': '公共政策' },
  '416': { 'zh-Hant': '客戶健康與安全', 'zh-Hans': '客户健康与安全' },
  '417': { 'zh-Hant': '營銷及標籤', 'zh-Hans': '营销与标识' },
  '418': { 'zh-Hant': '客戶私隱', 'zh-Hans': '客户隐私' },
  '419': { 'zh-Hant': '社會經濟合規', 'zh-Hans': '社会经济合规' },
}

const REFERENCE = /^GRI (\d{3}): .+ (\d{4})$/

/**
 * A GRI topic standard as a report in `locale` names it; one it does not know, as it is.
 * @example griTitle('GRI 418: Customer Privacy 2016', 'zh-Hant') // 'GRI 418：客戶私隱 2016'
 */
export function griTitle(reference: string, locale: Locale): string {
  const match = REFERENCE.exec(reference.trim())
  if (locale === 'en' || !match) return reference
  const [, number = '', year = ''] = match
  const title = (TITLES[`${number} ${year}`] ?? TITLES[number])?.[locale]
  return title ? `GRI ${number}：${title} ${year}` : reference
}
