import { catalog } from './catalog.ts'

/**
 * The words the server writes into every questionnaire (surveys/domain/questionnaire.ts): each
 * axis's question stem and the scale's labels. The survey shows them from the questionnaire it
 * is sent, so they are kept out of its own strings (survey.ts) and out of its bundle.
 */
export const questionnaireText = catalog(
  {
    scaleLow: 'Not important',
    scaleMid: 'Moderately important',
    scaleHigh: 'Very important',
    impactQuestion: 'How significant are its economic, environmental and social impacts?',
    stakeholderQuestion: 'How much does it influence your assessments and decisions?',
  },
  {
    scaleLow: '不重要',
    scaleMid: '一般重要',
    scaleHigh: '非常重要',
    impactQuestion: '此議題對經濟、環境和社會的影響有多重要？',
    stakeholderQuestion: '此議題對您的評估和決策有多大影響？',
  },
  {
    scaleLow: '不重要',
    scaleMid: '一般重要',
    scaleHigh: '非常重要',
    impactQuestion: '此议题对经济、环境和社会的影响有多重要？',
    stakeholderQuestion: '此议题对您的评估和决策有多大影响？',
  },
)
