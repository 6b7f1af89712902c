import type { EsrsLibrary } from './esrs.ts'

/**
 * The sustainability matters of ESRS 1 Appendix A, AR 16 (Commission Delegated Regulation (EU)
 * 2023/2772): topics E1–E5, S1–S4 and G1, their sub-topics and sub-sub-topics, in the table's
 * order and English words, with names in 繁體中文 and 简体中文 (our translations; ESRS has no
 * official Chinese text). Each sub-topic without sub-sub-topics, and each sub-sub-topic, maps to
 * the HKEX 33 issues (codes of surveys/libraries/hkex-33.ts) and GRI topic standards it overlaps;
 * a sub-topic with sub-sub-topics maps to what they map to. Empty lists mean nothing fits: the
 * HKEX 33 have no issue on animal welfare, and GRI has no topic standard for corporate culture.
 *
 * AR 16 lists the five sub-sub-topics of E3 in one cell for both sub-topics; the four on water
 * are put under Water here. The sub-sub-topics of E4's "Impacts on the state of species" and
 * "Impacts on the extent and condition of ecosystems" are examples in AR 16 (`examples: true`).
 */
export const ESRS_2023: EsrsLibrary = {
  key: 'esrs-2023',
  source: 'ESRS 1 Appendix A, AR 16 (Commission Delegated Regulation (EU) 2023/2772)',
  topics: [
    {
      code: 'E1',
      names: { en: 'Climate change', 'zh-Hant': '氣候變化', 'zh-Hans': '气候变化' },
      standard: {
        en: 'ESRS E1 Climate change',
        'zh-Hant': 'ESRS E1 氣候變化',
        'zh-Hans': 'ESRS E1 气候变化',
      },
      aspect: 'environmental',
      hkexAspect: 'A4',
      subTopics: [
        {
          code: 'E1.1',
          names: {
            en: 'Climate change adaptation',
            'zh-Hant': '氣候變化適應',
            'zh-Hans': '气候变化适应',
          },
          hkex33: ['9'],
          gri: ['GRI 201: Economic Performance 2016'],
        },
        {
          code: 'E1.2',
          names: {
            en: 'Climate change mitigation',
            'zh-Hant': '氣候變化減緩',
            'zh-Hans': '气候变化减缓',
          },
          hkexAspect: 'A1',
          hkex33: ['3', '9'],
          gri: ['GRI 305: Emissions 2016'],
        },
        {
          code: 'E1.3',
          names: { en: 'Energy', 'zh-Hant': '能源', 'zh-Hans': '能源' },
          hkexAspect: 'A2',
          hkex33: ['6', '10'],
          gri: ['GRI 302: Energy 2016'],
        },
      ],
    },
    {
      code: 'E2',
      names: { en: 'Pollution', 'zh-Hant': '污染', 'zh-Hans': '污染' },
      standard: { en: 'ESRS E2 Pollution', 'zh-Hant': 'ESRS E2 污染', 'zh-Hans': 'ESRS E2 污染' },
      aspect: 'environmental',
      hkexAspect: 'A1',
      subTopics: [
        {
          code: 'E2.1',
          names: { en: 'Pollution of air', 'zh-Hant': '空氣污染', 'zh-Hans': '空气污染' },
          hkex33: ['2'],
          gri: ['GRI 305: Emissions 2016'],
        },
        {
          code: 'E2.2',
          names: { en: 'Pollution of water', 'zh-Hant': '水污染', 'zh-Hans': '水污染' },
          hkex33: ['5'],
          gri: ['GRI 303: Water and Effluents 2018'],
        },
        {
          code: 'E2.3',
          names: { en: 'Pollution of soil', 'zh-Hant': '土壤污染', 'zh-Hans': '土壤污染' },
          hkexAspect: 'A3',
          hkex33: ['11', '1'],
          gri: ['GRI 306: Effluents and Waste 2016'],
        },
        {
          code: 'E2.4',
          names: {
            en: 'Pollution of living organisms and food resources',
            'zh-Hant': '生物及食物資源污染',
            'zh-Hans': '生物和食物资源污染',
          },
          hkexAspect: 'A3',
          hkex33: ['11'],
          gri: [],
        },
        {
          code: 'E2.5',
          names: { en: 'Substances of concern', 'zh-Hant': '關注物質', 'zh-Hans': '关注物质' },
          hkex33: ['1', '24'],
          gri: ['GRI 416: Customer Health and Safety 2016'],
        },
        {
          code: 'E2.6',
          names: {
            en: 'Substances of very high concern',
            'zh-Hant': '高度關注物質',
            'zh-Hans': '高度关注物质',
          },
          hkex33: ['1', '24'],
          gri: ['GRI 416: Customer Health and Safety 2016'],
        },
        {
          code: 'E2.7',
          names: { en: 'Microplastics', 'zh-Hant': '微塑膠', 'zh-Hans': '微塑料' },
          hkex33: ['4', '8'],
          gri: [],
        },
      ],
    },
    {
      code: 'E3',
      names: {
        en: 'Water and marine resources',
        'zh-Hant': '水及海洋資源',
        'zh-Hans': '水和海洋资源',
      },
      standard: {
        en: 'ESRS E3 Water and marine resources',
        'zh-Hant': 'ESRS E3 水及海洋資源',
        'zh-Hans': 'ESRS E3 水和海洋资源',
      },
      aspect: 'environmental',
      hkexAspect: 'A2',
      subTopics: [
        {
          code: 'E3.1',
          names: { en: 'Water', 'zh-Hant': '水', 'zh-Hans': '水' },
          subSubTopics: [
            {
              code: 'E3.1.1',
              names: { en: 'Water consumption', 'zh-Hant': '耗水', 'zh-Hans': '耗水' },
              hkex33: ['7'],
              gri: ['GRI 303: Water and Effluents 2018'],
            },
            {
              code: 'E3.1.2',
              names: { en: 'Water withdrawals', 'zh-Hant': '取水', 'zh-Hans': '取水' },
              hkex33: ['7'],
              gri: ['GRI 303: Water and Effluents 2018'],
            },
            {
              code: 'E3.1.3',
              names: { en: 'Water discharges', 'zh-Hant': '排水', 'zh-Hans': '排水' },
              hkex33: ['5'],
              gri: ['GRI 303: Water and Effluents 2018'],
            },
            {
              code: 'E3.1.4',
              names: {
                en: 'Water discharges in the oceans',
                'zh-Hant': '向海洋排水',
                'zh-Hans': '向海洋排水',
              },
              hkex33: ['5'],
              gri: ['GRI 303: Water and Effluents 2018'],
            },
          ],
        },
        {
          code: 'E3.2',
          names: { en: 'Marine resources', 'zh-Hant': '海洋資源', 'zh-Hans': '海洋资源' },
          hkexAspect: 'A3',
          subSubTopics: [
            {
              code: 'E3.2.1',
              names: {
                en: 'Extraction and use of marine resources',
                'zh-Hant': '海洋資源的開採及使用',
                'zh-Hans': '海洋资源的开采和使用',
              },
              hkex33: ['8'],
              gri: ['GRI 304: Biodiversity 2016'],
            },
          ],
        },
      ],
    },
    {
      code: 'E4',
      names: {
        en: 'Biodiversity and ecosystems',
        'zh-Hant': '生物多樣性及生態系統',
        'zh-Hans': '生物多样性和生态系统',
      },
      standard: {
        en: 'ESRS E4 Biodiversity and ecosystems',
        'zh-Hant': 'ESRS E4 生物多樣性及生態系統',
        'zh-Hans': 'ESRS E4 生物多样性和生态系统',
      },
      aspect: 'environmental',
      hkexAspect: 'A3',
      subTopics: [
        {
          code: 'E4.1',
          names: {
            en: 'Direct impact drivers of biodiversity loss',
            'zh-Hant': '生物多樣性喪失的直接驅動因素',
            'zh-Hans': '生物多样性丧失的直接驱动因素',
          },
          subSubTopics: [
            {
              code: 'E4.1.1',
              names: { en: 'Climate change', 'zh-Hant': '氣候變化', 'zh-Hans': '气候变化' },
              hkex33: ['3', '9'],
              gri: ['GRI 304: Biodiversity 2016', 'GRI 305: Emissions 2016'],
            },
            {
              code: 'E4.1.2',
              names: {
                en: 'Land-use change, fresh water-use change and sea-use change',
                'zh-Hant': '土地、淡水及海洋利用的變化',
                'zh-Hans': '土地、淡水和海洋利用的变化',
              },
              hkex33: ['11'],
              gri: ['GRI 304: Biodiversity 2016'],
            },
            {
              code: 'E4.1.3',
              names: {
                en: 'Direct exploitation',
                'zh-Hant': '直接開發利用',
                'zh-Hans': '直接开发利用',
              },
              hkex33: ['8'],
              gri: ['GRI 304: Biodiversity 2016'],
            },
            {
              code: 'E4.1.4',
              names: {
                en: 'Invasive alien species',
                'zh-Hant': '外來入侵物種',
                'zh-Hans': '外来入侵物种',
              },
              hkex33: ['11'],
              gri: ['GRI 304: Biodiversity 2016'],
            },
            {
              code: 'E4.1.5',
              names: { en: 'Pollution', 'zh-Hant': '污染', 'zh-Hans': '污染' },
              hkex33: ['2', '5', '11'],
              gri: ['GRI 304: Biodiversity 2016'],
            },
            {
              code: 'E4.1.6',
              names: { en: 'Others', 'zh-Hant': '其他', 'zh-Hans': '其他' },
              hkex33: ['11'],
              gri: ['GRI 304: Biodiversity 2016'],
            },
          ],
        },
        {
          code: 'E4.2',
          names: {
            en: 'Impacts on the state of species',
            'zh-Hant': '對物種狀況的影響',
            'zh-Hans': '对物种状况的影响',
          },
          examples: true,
          subSubTopics: [
            {
              code: 'E4.2.1',
              names: {
                en: 'Species population size',
                'zh-Hant': '物種種群規模',
                'zh-Hans': '物种种群规模',
              },
              hkex33: ['11'],
              gri: ['GRI 304: Biodiversity 2016'],
            },
            {
              code: 'E4.2.2',
              names: {
                en: 'Species global extinction risk',
                'zh-Hant': '物種全球滅絕風險',
                'zh-Hans': '物种全球灭绝风险',
              },
              hkex33: ['11'],
              gri: ['GRI 304: Biodiversity 2016'],
            },
          ],
        },
        {
          code: 'E4.3',
          names: {
            en: 'Impacts on the extent and condition of ecosystems',
            'zh-Hant': '對生態系統範圍及狀況的影響',
            'zh-Hans': '对生态系统范围和状况的影响',
          },
          examples: true,
          subSubTopics: [
            {
              code: 'E4.3.1',
              names: { en: 'Land degradation', 'zh-Hant': '土地退化', 'zh-Hans': '土地退化' },
              hkex33: ['11'],
              gri: ['GRI 304: Biodiversity 2016'],
            },
            {
              code: 'E4.3.2',
              names: { en: 'Desertification', 'zh-Hant': '荒漠化', 'zh-Hans': '荒漠化' },
              hkex33: ['11'],
              gri: ['GRI 304: Biodiversity 2016'],
            },
            {
              code: 'E4.3.3',
              names: { en: 'Soil sealing', 'zh-Hant': '土壤封閉', 'zh-Hans': '土壤封闭' },
              hkex33: ['11'],
              gri: ['GRI 304: Biodiversity 2016'],
            },
          ],
        },
        {
          code: 'E4.4',
          names: {
            en: 'Impacts and dependencies on ecosystem services',
            'zh-Hant': '對生態系統服務的影響及依賴',
            'zh-Hans': '对生态系统服务的影响和依赖',
          },
          hkex33: ['11'],
          gri: ['GRI 304: Biodiversity 2016'],
        },
      ],
    },
    {
      code: 'E5',
      names: { en: 'Circular economy', 'zh-Hant': '循環經濟', 'zh-Hans': '循环经济' },
      standard: {
        en: 'ESRS E5 Resource use and circular economy',
        'zh-Hant': 'ESRS E5 資源使用及循環經濟',
        'zh-Hans': 'ESRS E5 资源使用和循环经济',
      },
      aspect: 'environmental',
      hkexAspect: 'A2',
      subTopics: [
        {
          code: 'E5.1',
          names: {
            en: 'Resources inflows, including resource use',
            'zh-Hant': '資源流入（包括資源使用）',
            'zh-Hans': '资源流入（包括资源使用）',
          },
          hkex33: ['8', '10'],
          gri: ['GRI 301: Materials 2016'],
        },
        {
          code: 'E5.2',
          names: {
            en: 'Resource outflows related to products and services',
            'zh-Hant': '與產品及服務相關的資源流出',
            'zh-Hans': '与产品和服务相关的资源流出',
          },
          hkex33: ['8'],
          gri: ['GRI 301: Materials 2016'],
        },
        {
          code: 'E5.3',
          names: { en: 'Waste', 'zh-Hant': '廢棄物', 'zh-Hans': '废弃物' },
          hkexAspect: 'A1',
          hkex33: ['4'],
          gri: ['GRI 306: Waste 2020'],
        },
      ],
    },
    {
      code: 'S1',
      names: { en: 'Own workforce', 'zh-Hant': '自身員工', 'zh-Hans': '自身员工' },
      standard: {
        en: 'ESRS S1 Own workforce',
        'zh-Hant': 'ESRS S1 自身員工',
        'zh-Hans': 'ESRS S1 自身员工',
      },
      aspect: 'employment',
      hkexAspect: 'B1',
      subTopics: [
        {
          code: 'S1.1',
          names: { en: 'Working conditions', 'zh-Hant': '工作條件', 'zh-Hans': '工作条件' },
          subSubTopics: [
            {
              code: 'S1.1.1',
              names: { en: 'Secure employment', 'zh-Hant': '穩定就業', 'zh-Hans': '稳定就业' },
              hkex33: ['12'],
              gri: ['GRI 401: Employment 2016'],
            },
            {
              code: 'S1.1.2',
              names: { en: 'Working time', 'zh-Hant': '工作時間', 'zh-Hans': '工作时间' },
              hkex33: ['14'],
              gri: ['GRI 401: Employment 2016'],
            },
            {
              code: 'S1.1.3',
              names: { en: 'Adequate wages', 'zh-Hant': '合理工資', 'zh-Hans': '合理工资' },
              hkex33: ['13'],
              gri: ['GRI 202: Market Presence 2016', 'GRI 401: Employment 2016'],
            },
            {
              code: 'S1.1.4',
              names: { en: 'Social dialogue', 'zh-Hant': '社會對話', 'zh-Hans': '社会对话' },
              hkex33: ['12'],
              gri: ['GRI 402: Labor/Management Relations 2016'],
            },
            {
              code: 'S1.1.5',
              names: {
                en: 'Freedom of association, the existence of works councils and the information, consultation and participation rights of workers',
                'zh-Hant': '結社自由、工作委員會的設立，以及工人的知情、諮詢及參與權',
                'zh-Hans': '结社自由、工作委员会的设立，以及工人的知情、咨询和参与权',
              },
              hkex33: ['12'],
              gri: [
                'GRI 407: Freedom of Association and Collective Bargaining 2016',
                'GRI 402: Labor/Management Relations 2016',
              ],
            },
            {
              code: 'S1.1.6',
              names: {
                en: 'Collective bargaining, including rate of workers covered by collective agreements',
                'zh-Hant': '集體談判（包括受集體協議保障的工人比例）',
                'zh-Hans': '集体谈判（包括受集体协议保障的工人比例）',
              },
              hkex33: ['12'],
              gri: ['GRI 407: Freedom of Association and Collective Bargaining 2016'],
            },
            {
              code: 'S1.1.7',
              names: {
                en: 'Work-life balance',
                'zh-Hant': '工作與生活平衡',
                'zh-Hans': '工作与生活平衡',
              },
              hkex33: ['14'],
              gri: ['GRI 401: Employment 2016'],
            },
            {
              code: 'S1.1.8',
              names: { en: 'Health and safety', 'zh-Hant': '健康與安全', 'zh-Hans': '健康与安全' },
              hkex33: ['16'],
              gri: ['GRI 403: Occupational Health and Safety 2018'],
            },
          ],
        },
        {
          code: 'S1.2',
          names: {
            en: 'Equal treatment and opportunities for all',
            'zh-Hant': '人人享有平等待遇及機會',
            'zh-Hans': '人人享有平等待遇和机会',
          },
          subSubTopics: [
            {
              code: 'S1.2.1',
              names: {
                en: 'Gender equality and equal pay for work of equal value',
                'zh-Hant': '性別平等及同值工作同酬',
                'zh-Hans': '性别平等和同值工作同酬',
              },
              hkex33: ['15', '13'],
              gri: ['GRI 405: Diversity and Equal Opportunity 2016'],
            },
            {
              code: 'S1.2.2',
              names: {
                en: 'Training and skills development',
                'zh-Hant': '培訓及技能發展',
                'zh-Hans': '培训和技能发展',
              },
              hkex33: ['17'],
              gri: ['GRI 404: Training and Education 2016'],
            },
            {
              code: 'S1.2.3',
              names: {
                en: 'Employment and inclusion of persons with disabilities',
                'zh-Hant': '殘疾人士的僱用及融合',
                'zh-Hans': '残疾人的雇用和融合',
              },
              hkex33: ['15'],
              gri: ['GRI 405: Diversity and Equal Opportunity 2016'],
            },
            {
              code: 'S1.2.4',
              names: {
                en: 'Measures against violence and harassment in the workplace',
                'zh-Hant': '防止工作場所暴力及騷擾的措施',
                'zh-Hans': '防止工作场所暴力和骚扰的措施',
              },
              hkex33: ['15', '16'],
              gri: ['GRI 406: Non-discrimination 2016'],
            },
            {
              code: 'S1.2.5',
              names: { en: 'Diversity', 'zh-Hant': '多元化', 'zh-Hans': '多元化' },
              hkex33: ['15'],
              gri: ['GRI 405: Diversity and Equal Opportunity 2016'],
            },
          ],
        },
        {
          code: 'S1.3',
          names: {
            en: 'Other work-related rights',
            'zh-Hant': '其他與工作相關的權利',
            'zh-Hans': '其他与工作相关的权利',
          },
          subSubTopics: [
            {
              code: 'S1.3.1',
              names: { en: 'Child labour', 'zh-Hant': '童工', 'zh-Hans': '童工' },
              hkex33: ['18'],
              gri: ['GRI 408: Child Labor 2016'],
            },
            {
              code: 'S1.3.2',
              names: { en: 'Forced labour', 'zh-Hant': '強迫勞動', 'zh-Hans': '强迫劳动' },
              hkex33: ['18'],
              gri: ['GRI 409: Forced or Compulsory Labor 2016'],
            },
            {
              code: 'S1.3.3',
              names: { en: 'Adequate housing', 'zh-Hant': '適足住房', 'zh-Hans': '适足住房' },
              hkex33: ['13'],
              gri: [],
            },
            {
              code: 'S1.3.4',
              names: { en: 'Privacy', 'zh-Hant': '私隱', 'zh-Hans': '隐私' },
              hkex33: ['28'],
              gri: [],
            },
          ],
        },
      ],
    },
    {
      code: 'S2',
      names: {
        en: 'Workers in the value chain',
        'zh-Hant': '價值鏈中的工人',
        'zh-Hans': '价值链中的工人',
      },
      standard: {
        en: 'ESRS S2 Workers in the value chain',
        'zh-Hant': 'ESRS S2 價值鏈中的工人',
        'zh-Hans': 'ESRS S2 价值链中的工人',
      },
      aspect: 'operating',
      hkexAspect: 'B5',
      subTopics: [
        {
          code: 'S2.1',
          names: { en: 'Working conditions', 'zh-Hant': '工作條件', 'zh-Hans': '工作条件' },
          subSubTopics: [
            {
              code: 'S2.1.1',
              names: { en: 'Secure employment', 'zh-Hant': '穩定就業', 'zh-Hans': '稳定就业' },
              hkex33: ['21'],
              gri: ['GRI 414: Supplier Social Assessment 2016'],
            },
            {
              code: 'S2.1.2',
              names: { en: 'Working time', 'zh-Hant': '工作時間', 'zh-Hans': '工作时间' },
              hkex33: ['21'],
              gri: ['GRI 414: Supplier Social Assessment 2016'],
            },
            {
              code: 'S2.1.3',
              names: { en: 'Adequate wages', 'zh-Hant': '合理工資', 'zh-Hans': '合理工资' },
              hkex33: ['21'],
              gri: ['GRI 414: Supplier Social Assessment 2016'],
            },
            {
              code: 'S2.1.4',
              names: { en: 'Social dialogue', 'zh-Hant': '社會對話', 'zh-Hans': '社会对话' },
              hkex33: ['21'],
              gri: ['GRI 414: Supplier Social Assessment 2016'],
            },
            {
              code: 'S2.1.5',
              names: {
                en: 'Freedom of association, including the existence of work councils',
                'zh-Hant': '結社自由（包括工作委員會的設立）',
                'zh-Hans': '结社自由（包括工作委员会的设立）',
              },
              hkex33: ['21'],
              gri: [
                'GRI 407: Freedom of Association and Collective Bargaining 2016',
                'GRI 414: Supplier Social Assessment 2016',
              ],
            },
            {
              code: 'S2.1.6',
              names: { en: 'Collective bargaining', 'zh-Hant': '集體談判', 'zh-Hans': '集体谈判' },
              hkex33: ['21'],
              gri: [
                'GRI 407: Freedom of Association and Collective Bargaining 2016',
                'GRI 414: Supplier Social Assessment 2016',
              ],
            },
            {
              code: 'S2.1.7',
              names: {
                en: 'Work-life balance',
                'zh-Hant': '工作與生活平衡',
                'zh-Hans': '工作与生活平衡',
              },
              hkex33: ['21'],
              gri: ['GRI 414: Supplier Social Assessment 2016'],
            },
            {
              code: 'S2.1.8',
              names: { en: 'Health and safety', 'zh-Hant': '健康與安全', 'zh-Hans': '健康与安全' },
              hkex33: ['21'],
              gri: [
                'GRI 403: Occupational Health and Safety 2018',
                'GRI 414: Supplier Social Assessment 2016',
              ],
            },
          ],
        },
        {
          code: 'S2.2',
          names: {
            en: 'Equal treatment and opportunities for all',
            'zh-Hant': '人人享有平等待遇及機會',
            'zh-Hans': '人人享有平等待遇和机会',
          },
          subSubTopics: [
            {
              code: 'S2.2.1',
              names: {
                en: 'Gender equality and equal pay for work of equal value',
                'zh-Hant': '性別平等及同值工作同酬',
                'zh-Hans': '性别平等和同值工作同酬',
              },
              hkex33: ['21'],
              gri: ['GRI 414: Supplier Social Assessment 2016'],
            },
            {
              code: 'S2.2.2',
              names: {
                en: 'Training and skills development',
                'zh-Hant': '培訓及技能發展',
                'zh-Hans': '培训和技能发展',
              },
              hkex33: ['21'],
              gri: ['GRI 414: Supplier Social Assessment 2016'],
            },
            {
              code: 'S2.2.3',
              names: {
                en: 'Employment and inclusion of persons with disabilities',
                'zh-Hant': '殘疾人士的僱用及融合',
                'zh-Hans': '残疾人的雇用和融合',
              },
              hkex33: ['21'],
              gri: ['GRI 414: Supplier Social Assessment 2016'],
            },
            {
              code: 'S2.2.4',
              names: {
                en: 'Measures against violence and harassment in the workplace',
                'zh-Hant': '防止工作場所暴力及騷擾的措施',
                'zh-Hans': '防止工作场所暴力和骚扰的措施',
              },
              hkex33: ['21'],
              gri: ['GRI 414: Supplier Social Assessment 2016'],
            },
            {
              code: 'S2.2.5',
              names: { en: 'Diversity', 'zh-Hant': '多元化', 'zh-Hans': '多元化' },
              hkex33: ['21'],
              gri: ['GRI 414: Supplier Social Assessment 2016'],
            },
          ],
        },
        {
          code: 'S2.3',
          names: {
            en: 'Other work-related rights',
            'zh-Hant': '其他與工作相關的權利',
            'zh-Hans': '其他与工作相关的权利',
          },
          subSubTopics: [
            {
              code: 'S2.3.1',
              names: { en: 'Child labour', 'zh-Hant': '童工', 'zh-Hans': '童工' },
              hkex33: ['21', '18'],
              gri: ['GRI 408: Child Labor 2016', 'GRI 414: Supplier Social Assessment 2016'],
            },
            {
              code: 'S2.3.2',
              names: { en: 'Forced labour', 'zh-Hant': '強迫勞動', 'zh-Hans': '强迫劳动' },
              hkex33: ['21', '18'],
              gri: [
                'GRI 409: Forced or Compulsory Labor 2016',
                'GRI 414: Supplier Social Assessment 2016',
              ],
            },
            {
              code: 'S2.3.3',
              names: { en: 'Adequate housing', 'zh-Hant': '適足住房', 'zh-Hans': '适足住房' },
              hkex33: ['21'],
              gri: ['GRI 414: Supplier Social Assessment 2016'],
            },
            {
              code: 'S2.3.4',
              names: {
                en: 'Water and sanitation',
                'zh-Hant': '水及衞生設施',
                'zh-Hans': '水和卫生设施',
              },
              hkex33: ['21'],
              gri: ['GRI 414: Supplier Social Assessment 2016'],
            },
            {
              code: 'S2.3.5',
              names: { en: 'Privacy', 'zh-Hant': '私隱', 'zh-Hans': '隐私' },
              hkex33: ['21'],
              gri: ['GRI 414: Supplier Social Assessment 2016'],
            },
          ],
        },
      ],
    },
    {
      code: 'S3',
      names: { en: 'Affected communities', 'zh-Hant': '受影響社區', 'zh-Hans': '受影响社区' },
      standard: {
        en: 'ESRS S3 Affected communities',
        'zh-Hant': 'ESRS S3 受影響社區',
        'zh-Hans': 'ESRS S3 受影响社区',
      },
      aspect: 'community',
      hkexAspect: 'B8',
      subTopics: [
        {
          code: 'S3.1',
          names: {
            en: "Communities' economic, social and cultural rights",
            'zh-Hant': '社區的經濟、社會及文化權利',
            'zh-Hans': '社区的经济、社会和文化权利',
          },
          subSubTopics: [
            {
              code: 'S3.1.1',
              names: { en: 'Adequate housing', 'zh-Hant': '適足住房', 'zh-Hans': '适足住房' },
              hkex33: ['33'],
              gri: ['GRI 413: Local Communities 2016'],
            },
            {
              code: 'S3.1.2',
              names: { en: 'Adequate food', 'zh-Hant': '充足食物', 'zh-Hans': '充足食物' },
              hkex33: ['33'],
              gri: ['GRI 413: Local Communities 2016'],
            },
            {
              code: 'S3.1.3',
              names: {
                en: 'Water and sanitation',
                'zh-Hant': '水及衞生設施',
                'zh-Hans': '水和卫生设施',
              },
              hkex33: ['33', '5'],
              gri: ['GRI 413: Local Communities 2016', 'GRI 303: Water and Effluents 2018'],
            },
            {
              code: 'S3.1.4',
              names: {
                en: 'Land-related impacts',
                'zh-Hant': '與土地相關的影響',
                'zh-Hans': '与土地相关的影响',
              },
              hkex33: ['33'],
              gri: ['GRI 413: Local Communities 2016'],
            },
            {
              code: 'S3.1.5',
              names: {
                en: 'Security-related impacts',
                'zh-Hant': '與保安相關的影響',
                'zh-Hans': '与安保相关的影响',
              },
              hkex33: ['33'],
              gri: ['GRI 410: Security Practices 2016', 'GRI 413: Local Communities 2016'],
            },
          ],
        },
        {
          code: 'S3.2',
          names: {
            en: "Communities' civil and political rights",
            'zh-Hant': '社區的公民及政治權利',
            'zh-Hans': '社区的公民和政治权利',
          },
          subSubTopics: [
            {
              code: 'S3.2.1',
              names: { en: 'Freedom of expression', 'zh-Hant': '言論自由', 'zh-Hans': '言论自由' },
              hkex33: ['33'],
              gri: ['GRI 413: Local Communities 2016'],
            },
            {
              code: 'S3.2.2',
              names: { en: 'Freedom of assembly', 'zh-Hant': '集會自由', 'zh-Hans': '集会自由' },
              hkex33: ['33'],
              gri: ['GRI 413: Local Communities 2016'],
            },
            {
              code: 'S3.2.3',
              names: {
                en: 'Impacts on human rights defenders',
                'zh-Hant': '對人權捍衞者的影響',
                'zh-Hans': '对人权捍卫者的影响',
              },
              hkex33: ['33'],
              gri: ['GRI 413: Local Communities 2016'],
            },
          ],
        },
        {
          code: 'S3.3',
          names: {
            en: 'Rights of indigenous peoples',
            'zh-Hant': '原住民權利',
            'zh-Hans': '原住民权利',
          },
          subSubTopics: [
            {
              code: 'S3.3.1',
              names: {
                en: 'Free, prior and informed consent',
                'zh-Hant': '自由、事先及知情同意',
                'zh-Hans': '自由、事先和知情同意',
              },
              hkex33: ['33'],
              gri: ['GRI 411: Rights of Indigenous Peoples 2016'],
            },
            {
              code: 'S3.3.2',
              names: { en: 'Self-determination', 'zh-Hant': '自決', 'zh-Hans': '自决' },
              hkex33: ['33'],
              gri: ['GRI 411: Rights of Indigenous Peoples 2016'],
            },
            {
              code: 'S3.3.3',
              names: { en: 'Cultural rights', 'zh-Hant': '文化權利', 'zh-Hans': '文化权利' },
              hkex33: ['33'],
              gri: ['GRI 411: Rights of Indigenous Peoples 2016'],
            },
          ],
        },
      ],
    },
    {
      code: 'S4',
      names: {
        en: 'Consumers and end-users',
        'zh-Hant': '消費者及終端用戶',
        'zh-Hans': '消费者和终端用户',
      },
      standard: {
        en: 'ESRS S4 Consumers and end-users',
        'zh-Hant': 'ESRS S4 消費者及終端用戶',
        'zh-Hans': 'ESRS S4 消费者和终端用户',
      },
      aspect: 'operating',
      hkexAspect: 'B6',
      subTopics: [
        {
          code: 'S4.1',
          names: {
            en: 'Information-related impacts for consumers and/or end-users',
            'zh-Hant': '對消費者及／或終端用戶的資訊相關影響',
            'zh-Hans': '对消费者和／或终端用户的信息相关影响',
          },
          subSubTopics: [
            {
              code: 'S4.1.1',
              names: { en: 'Privacy', 'zh-Hant': '私隱', 'zh-Hans': '隐私' },
              hkex33: ['29', '28'],
              gri: ['GRI 418: Customer Privacy 2016'],
            },
            {
              code: 'S4.1.2',
              names: { en: 'Freedom of expression', 'zh-Hant': '言論自由', 'zh-Hans': '言论自由' },
              hkex33: ['26'],
              gri: [],
            },
            {
              code: 'S4.1.3',
              names: {
                en: 'Access to (quality) information',
                'zh-Hant': '獲取（優質）資訊',
                'zh-Hans': '获取（优质）信息',
              },
              hkex33: ['25'],
              gri: ['GRI 417: Marketing and Labeling 2016'],
            },
          ],
        },
        {
          code: 'S4.2',
          names: {
            en: 'Personal safety of consumers and/or end-users',
            'zh-Hant': '消費者及／或終端用戶的人身安全',
            'zh-Hans': '消费者和／或终端用户的人身安全',
          },
          subSubTopics: [
            {
              code: 'S4.2.1',
              names: { en: 'Health and safety', 'zh-Hant': '健康與安全', 'zh-Hans': '健康与安全' },
              hkex33: ['24', '23'],
              gri: ['GRI 416: Customer Health and Safety 2016'],
            },
            {
              code: 'S4.2.2',
              names: { en: 'Security of a person', 'zh-Hant': '人身保障', 'zh-Hans': '人身保障' },
              hkex33: ['24', '28'],
              gri: ['GRI 416: Customer Health and Safety 2016'],
            },
            {
              code: 'S4.2.3',
              names: { en: 'Protection of children', 'zh-Hant': '兒童保護', 'zh-Hans': '儿童保护' },
              hkex33: ['24', '25'],
              gri: [
                'GRI 416: Customer Health and Safety 2016',
                'GRI 417: Marketing and Labeling 2016',
              ],
            },
          ],
        },
        {
          code: 'S4.3',
          names: {
            en: 'Social inclusion of consumers and/or end-users',
            'zh-Hant': '消費者及／或終端用戶的社會包容',
            'zh-Hans': '消费者和／或终端用户的社会包容',
          },
          subSubTopics: [
            {
              code: 'S4.3.1',
              names: { en: 'Non-discrimination', 'zh-Hant': '不歧視', 'zh-Hans': '不歧视' },
              hkex33: ['26'],
              gri: ['GRI 406: Non-discrimination 2016'],
            },
            {
              code: 'S4.3.2',
              names: {
                en: 'Access to products and services',
                'zh-Hant': '獲取產品及服務',
                'zh-Hans': '获取产品和服务',
              },
              hkex33: ['26'],
              gri: [],
            },
            {
              code: 'S4.3.3',
              names: {
                en: 'Responsible marketing practices',
                'zh-Hant': '負責任的營銷手法',
                'zh-Hans': '负责任的营销做法',
              },
              hkex33: ['25'],
              gri: ['GRI 417: Marketing and Labeling 2016'],
            },
          ],
        },
      ],
    },
    {
      code: 'G1',
      names: { en: 'Business conduct', 'zh-Hant': '商業操守', 'zh-Hans': '商业行为' },
      standard: {
        en: 'ESRS G1 Business conduct',
        'zh-Hant': 'ESRS G1 商業操守',
        'zh-Hans': 'ESRS G1 商业行为',
      },
      aspect: 'operating',
      hkexAspect: 'B7',
      subTopics: [
        {
          code: 'G1.1',
          names: { en: 'Corporate culture', 'zh-Hant': '企業文化', 'zh-Hans': '企业文化' },
          hkex33: ['31', '19'],
          gri: [],
        },
        {
          code: 'G1.2',
          names: {
            en: 'Protection of whistle-blowers',
            'zh-Hant': '舉報人保護',
            'zh-Hans': '举报人保护',
          },
          hkex33: ['31'],
          gri: [],
        },
        {
          code: 'G1.3',
          names: { en: 'Animal welfare', 'zh-Hant': '動物福利', 'zh-Hans': '动物福利' },
          hkexAspect: 'B5',
          hkex33: [],
          gri: [],
        },
        {
          code: 'G1.4',
          names: {
            en: 'Political engagement and lobbying activities',
            'zh-Hant': '政治參與及遊說活動',
            'zh-Hans': '政治参与和游说活动',
          },
          hkex33: ['31'],
          gri: ['GRI 415: Public Policy 2016'],
        },
        {
          code: 'G1.5',
          names: {
            en: 'Management of relationships with suppliers including payment practices',
            'zh-Hant': '供應商關係管理（包括付款慣例）',
            'zh-Hans': '供应商关系管理（包括付款做法）',
          },
          hkexAspect: 'B5',
          hkex33: ['22', '20', '21'],
          gri: [
            'GRI 204: Procurement Practices 2016',
            'GRI 308: Supplier Environmental Assessment 2016',
            'GRI 414: Supplier Social Assessment 2016',
          ],
        },
        {
          code: 'G1.6',
          names: { en: 'Corruption and bribery', 'zh-Hant': '貪污及賄賂', 'zh-Hans': '腐败和贿赂' },
          subSubTopics: [
            {
              code: 'G1.6.1',
              names: {
                en: 'Prevention and detection including training',
                'zh-Hant': '預防及偵測（包括培訓）',
                'zh-Hans': '预防和发现（包括培训）',
              },
              hkex33: ['31'],
              gri: ['GRI 205: Anti-corruption 2016'],
            },
            {
              code: 'G1.6.2',
              names: { en: 'Incidents', 'zh-Hant': '事件', 'zh-Hans': '事件' },
              hkex33: ['31'],
              gri: ['GRI 205: Anti-corruption 2016'],
            },
          ],
        },
      ],
    },
  ],
}
