import type { LocalizedText } from '../i18n/locales.ts'

/** The aspects of the HKEX ESG Reporting Guide/Code (Appendix C2), by their official names. */
export const HKEX_ASPECT_NAMES: Record<string, LocalizedText> = {
  A1: { en: 'Emissions', 'zh-Hant': '排放物', 'zh-Hans': '排放物' },
  A2: { en: 'Use of Resources', 'zh-Hant': '資源使用', 'zh-Hans': '资源使用' },
  A3: {
    en: 'The Environment and Natural Resources',
    'zh-Hant': '環境及天然資源',
    'zh-Hans': '环境及天然资源',
  },
  A4: { en: 'Climate Change', 'zh-Hant': '氣候變化', 'zh-Hans': '气候变化' },
  B1: { en: 'Employment', 'zh-Hant': '僱傭', 'zh-Hans': '雇佣' },
  B2: { en: 'Health and Safety', 'zh-Hant': '健康與安全', 'zh-Hans': '健康与安全' },
  B3: { en: 'Development and Training', 'zh-Hant': '發展及培訓', 'zh-Hans': '发展及培训' },
  B4: { en: 'Labour Standards', 'zh-Hant': '勞工準則', 'zh-Hans': '劳工准则' },
  B5: { en: 'Supply Chain Management', 'zh-Hant': '供應鏈管理', 'zh-Hans': '供应链管理' },
  B6: { en: 'Product Responsibility', 'zh-Hant': '產品責任', 'zh-Hans': '产品责任' },
  B7: { en: 'Anti-corruption', 'zh-Hant': '反貪污', 'zh-Hans': '反贪污' },
  B8: { en: 'Community Investment', 'zh-Hant': '社區投資', 'zh-Hans': '社区投资' },
}
