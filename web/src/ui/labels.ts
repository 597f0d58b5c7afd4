import type { MessageKey } from '../i18n/vi';

export const levelKey = (level: string) => `level.${level}` as MessageKey;
export const onlineKey = (online: string) => `online.${online}` as MessageKey;
export const roleKey = (role: string) => `role.${role}` as MessageKey;
export const agencyKindKey = (kind: string) => `kind.${kind}` as MessageKey;
