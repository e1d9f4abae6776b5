import { http } from './client.ts';
import type { AmendsLimit, AmendsRoom, AmendsTeamBudget, Gesture, GestureType } from './types.ts';

const id = (value: string) => encodeURIComponent(value);

export type GestureOffer = {
  gestureTypeId: string;
  amountMinor?: number;
  currency?: string;
  reason?: string;
  reference?: string;
};

export type AmendsSettings = {
  catalogue: GestureType[];
  limits: AmendsLimit[];
  budgets: AmendsTeamBudget[];
  webhook: { url: string; secretSet: true } | null;
  pools: { gestureTypeId: string; total: number; unused: number }[];
};

export type AmendsSpend = {
  month: { start: string; end: string };
  spend: { scope: 'agent' | 'team'; id: string; currency: string; spentMinor: number }[];
  budgets: AmendsTeamBudget[];
  ownLimits: AmendsLimit[];
};

export type NewGestureType = Omit<GestureType, 'id'>;

/** The calls of amends: the case's card, the approval queue, Settings → Amends. */
export const gestures = {
  async catalogue(): Promise<GestureType[]> {
    return (await http.get<{ catalogue: GestureType[] }>('/api/v1/amends/catalogue')).catalogue;
  },
  async onCase(caseId: string): Promise<Gesture[]> {
    return (await http.get<{ gestures: Gesture[] }>(`/api/v1/cases/${id(caseId)}/amends`)).gestures;
  },
  /** What the signed-in person may still give on the case without approval. */
  async roomOnCase(caseId: string): Promise<AmendsRoom[]> {
    return (await http.get<{ room: AmendsRoom[] }>(`/api/v1/cases/${id(caseId)}/amends/room`)).room;
  },
  /** `key`: one per click, kept for its retries, so a double click makes one gesture. */
  offer(caseId: string, offer: GestureOffer, key: string): Promise<{ gesture: Gesture; reasons: string[] }> {
    return http.postOnce(`/api/v1/cases/${id(caseId)}/amends`, offer, key);
  },
  /** The queue, and which of its requests are beyond the caller's own authority (id → why). */
  pending(): Promise<{ gestures: Gesture[]; beyondYourAuthority: Record<string, string> }> {
    return http.get('/api/v1/amends/pending');
  },
  async approve(gestureId: string, reason: string): Promise<Gesture> {
    const body = reason.trim() ? { reason } : {};
    return (await http.post<{ gesture: Gesture }>(`/api/v1/amends/${id(gestureId)}/approve`, body)).gesture;
  },
  async decline(gestureId: string, reason: string): Promise<Gesture> {
    const body = reason.trim() ? { reason } : {};
    return (await http.post<{ gesture: Gesture }>(`/api/v1/amends/${id(gestureId)}/decline`, body)).gesture;
  },
  async issuedByHand(gestureId: string, reference: string): Promise<Gesture> {
    return (
      await http.post<{ gesture: Gesture }>(`/api/v1/amends/${id(gestureId)}/issued-by-hand`, { reference })
    ).gesture;
  },
  spend(): Promise<AmendsSpend> {
    return http.get('/api/v1/amends/spend');
  },
  settings(): Promise<AmendsSettings> {
    return http.get('/api/v1/settings/amends');
  },
  createType(type: NewGestureType): Promise<GestureType> {
    return http.postOnce('/api/v1/settings/amends/catalogue', type, crypto.randomUUID());
  },
  /** Saves the entry whole; its id goes in the address only (the body refuses it). */
  updateType({ id: typeId, ...type }: GestureType): Promise<GestureType> {
    return http.put(`/api/v1/settings/amends/catalogue/${id(typeId)}`, type);
  },
  saveLimits(limits: AmendsLimit[]): Promise<void> {
    return http.put('/api/v1/settings/amends/limits', { limits });
  },
  saveBudgets(budgets: AmendsTeamBudget[]): Promise<void> {
    return http.put('/api/v1/settings/amends/budgets', { budgets });
  },
  saveWebhook(url: string | null, secret: string | undefined): Promise<unknown> {
    return http.put('/api/v1/settings/amends/webhook', { url, ...(secret && { secret }) });
  },
  uploadCodes(typeId: string, text: string): Promise<{ added: number; skipped: number }> {
    return http.post(`/api/v1/settings/amends/catalogue/${id(typeId)}/codes`, { text });
  },
};
