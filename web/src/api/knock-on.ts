import { http } from './client.ts';
import type { components } from './schema.ts';

type Schemas = components['schemas'];
export type IssueType = Schemas['IssueType'];
export type KnockOnNeed = Schemas['KnockOnNeed'];
export type CaseKnockOnNeeds = Schemas['CaseKnockOnNeeds'];
export type NeedAnswerKind = 'needed' | 'not_needed';

/** An issue type as Settings saves it: a need with `id` is kept, one without is new, one left out goes. */
export type IssueTypeDraft = {
  name: string;
  archived: boolean;
  needs: { id?: string; label: string; partnerName: string | null; partnerContact: string | null }[];
};

const id = (value: string) => encodeURIComponent(value);

/** The calls of knock-on needs: Settings → Issue types, and the case's card. */
export const knockOn = {
  async issueTypes(): Promise<IssueType[]> {
    return (await http.get<{ issueTypes: IssueType[] }>('/api/v1/issue-types')).issueTypes;
  },
  createIssueType(draft: IssueTypeDraft, key: string): Promise<IssueType> {
    return http.postOnce('/api/v1/settings/issue-types', draft, key);
  },
  updateIssueType(typeId: string, draft: IssueTypeDraft): Promise<IssueType> {
    return http.put(`/api/v1/settings/issue-types/${id(typeId)}`, draft);
  },
  onCase(caseId: string): Promise<CaseKnockOnNeeds> {
    return http.get(`/api/v1/cases/${id(caseId)}/knock-on-needs`);
  },
  setIssueType(caseId: string, issueTypeId: string | null): Promise<CaseKnockOnNeeds> {
    return http.put(`/api/v1/cases/${id(caseId)}/issue-type`, { issueTypeId });
  },
  /** Once per need: a second click (or a retry) gets the first answer back, never a second task. */
  answer(
    caseId: string,
    needId: string,
    body: { answer: NeedAnswerKind; note?: string },
  ): Promise<CaseKnockOnNeeds> {
    return http.post(`/api/v1/cases/${id(caseId)}/knock-on-needs/${id(needId)}`, body);
  },
};
