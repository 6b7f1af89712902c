import type { AssessmentStatus } from '../domain.ts'
import { catalog } from './catalog.ts'

const statusEn: Record<AssessmentStatus, string> = {
  draft: 'Draft',
  open: 'Collecting responses',
  closed: 'Closed for scoring',
  confirmed: 'Confirmed by management',
  approved: 'Approved by the board',
}

/** The admin app's frame and its assessments list. */
export const adminText = catalog(
  {
    nav: 'Main',
    assessments: 'Assessments',
    assessmentsLead: 'Each assessment surveys your stakeholders for one reporting period.',
    noAssessments: 'No assessments yet',
    noAssessmentsBody:
      'Create one to copy the 33-issue HKEX library and the six stakeholder groups.',
    newAssessment: 'New assessment',
    name: 'Name',
    period: 'Reporting period',
    status: 'Status',
    created: 'Created',
    loadFailed: 'The assessments could not be loaded.',
    status_draft: statusEn.draft,
    status_open: statusEn.open,
    status_closed: statusEn.closed,
    status_confirmed: statusEn.confirmed,
    status_approved: statusEn.approved,
  },
  {
    nav: '主選單',
    assessments: '評估',
    assessmentsLead: '每項評估就一個報告期向持份者進行調查。',
    noAssessments: '尚未有評估',
    noAssessmentsBody: '建立評估時會複製 33 項香港交易所議題庫及六個持份者群組。',
    newAssessment: '新增評估',
    name: '名稱',
    period: '報告期',
    status: '狀態',
    created: '建立日期',
    loadFailed: '無法載入評估。',
    status_draft: '草稿',
    status_open: '收集回應中',
    status_closed: '已截止，計分中',
    status_confirmed: '管理層已確認',
    status_approved: '董事會已批准',
  },
  {
    nav: '主菜单',
    assessments: '评估',
    assessmentsLead: '每项评估就一个报告期向持份者进行调查。',
    noAssessments: '尚未有评估',
    noAssessmentsBody: '创建评估时会复制 33 项香港交易所议题库及六个持份者群组。',
    newAssessment: '新建评估',
    name: '名称',
    period: '报告期',
    status: '状态',
    created: '创建日期',
    loadFailed: '无法加载评估。',
    status_draft: '草稿',
    status_open: '收集回应中',
    status_closed: '已截止，计分中',
    status_confirmed: '管理层已确认',
    status_approved: '董事会已批准',
  },
)
