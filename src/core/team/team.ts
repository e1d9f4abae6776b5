export type Team = { id: string; name: string; memberIds: string[]; createdAt: Date };
