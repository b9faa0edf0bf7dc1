export const ROLES = ['fact_checker', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  fact_checker: 'Fact-checker',
  editor: 'Editor',
  admin: 'Admin',
};

const EVERY_ROLE = [
  'read:dashboard',
  'read:articles',
  'create:articles',
  'read:claims',
  'review:claims',
  'assign:claims',
  'read:speakers',
  'update:own-account',
] as const;
const EDITOR_AND_UP = ['attribute:claims', 'edit:articles', 'edit:speakers', 'merge:speakers', 'read:audit'] as const;
const ADMIN_ONLY = ['manage:users', 'verify:audit'] as const;

export type Permission = (typeof EVERY_ROLE)[number] | (typeof EDITOR_AND_UP)[number] | (typeof ADMIN_ONLY)[number];

export const PERMISSIONS: readonly Permission[] = [...EVERY_ROLE, ...EDITOR_AND_UP, ...ADMIN_ONLY];

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  fact_checker: new Set(EVERY_ROLE),
  editor: new Set([...EVERY_ROLE, ...EDITOR_AND_UP]),
  admin: new Set([...EVERY_ROLE, ...EDITOR_AND_UP, ...ADMIN_ONLY]),
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role != null && ROLE_PERMISSIONS[role].has(permission);
}
