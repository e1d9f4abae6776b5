import { http } from './client.ts';
import type { components } from './schema.ts';

type Schemas = components['schemas'];
export type CasePolicy = Schemas['CasePolicy'];
export type TimeBudget = Schemas['TimeBudget'];
export type BusinessHours = Schemas['BusinessHours'];
export type DaySpan = Schemas['DaySpan'];
export type TeamBusinessHours = Schemas['TeamBusinessHours'];

const id = (value: string) => encodeURIComponent(value);

/** The calls of the clocks screens: each severity's policy, and the business hours they count in. */
export const clocks = {
  async policies(): Promise<CasePolicy[]> {
    return (await http.get<{ policies: CasePolicy[] }>('/api/v1/case-policies')).policies;
  },
  savePolicy({ severity, ...policy }: CasePolicy): Promise<CasePolicy> {
    return http.put<CasePolicy>(`/api/v1/case-policies/${id(severity)}`, policy);
  },
  businessHours(): Promise<BusinessHours> {
    return http.get<BusinessHours>('/api/v1/business-hours');
  },
  saveBusinessHours(hours: BusinessHours): Promise<BusinessHours> {
    return http.put<BusinessHours>('/api/v1/business-hours', hours);
  },
  teamBusinessHours(teamId: string): Promise<TeamBusinessHours> {
    return http.get<TeamBusinessHours>(`/api/v1/teams/${id(teamId)}/business-hours`);
  },
  saveTeamBusinessHours(teamId: string, hours: BusinessHours): Promise<TeamBusinessHours> {
    return http.put<TeamBusinessHours>(`/api/v1/teams/${id(teamId)}/business-hours`, hours);
  },
  useOrganisationHours(teamId: string): Promise<TeamBusinessHours> {
    return http.delete<TeamBusinessHours>(`/api/v1/teams/${id(teamId)}/business-hours`);
  },
};
