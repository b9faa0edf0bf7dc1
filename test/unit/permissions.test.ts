import { can, PERMISSIONS, ROLE_PERMISSIONS, ROLES, type Permission } from '../../server/auth/permissions';

const everyone: Permission[] = [
  'read:dashboard', 'read:articles', 'create:articles', 'read:claims', 'review:claims', 'assign:claims',
  'read:speakers', 'update:own-account',
];
const editors: Permission[] = ['attribute:claims', 'edit:articles', 'edit:speakers', 'merge:speakers', 'read:audit'];

test('when any role asks for an everyday permission, then it has it', () => {
  for (const role of ROLES) for (const p of everyone) expect(can(role, p)).toBe(true);
});

const adminsOnly: Permission[] = ['manage:users', 'verify:audit'];

test('when a fact-checker asks for editor or admin permissions, then it is refused', () => {
  for (const p of [...editors, ...adminsOnly]) expect(can('fact_checker', p)).toBe(false);
});

test('when an editor asks, then it has editor permissions but not the admins\' (manage:users, verify:audit)', () => {
  for (const p of editors) expect(can('editor', p)).toBe(true);
  for (const p of adminsOnly) expect(can('editor', p)).toBe(false);
});

test('when an admin asks, then it has every permission', () => {
  for (const p of PERMISSIONS) expect(can('admin', p)).toBe(true);
  expect(ROLE_PERMISSIONS.admin.size).toBe(PERMISSIONS.length);
});

test('when nobody is signed in, then nothing is allowed', () => {
  for (const p of PERMISSIONS) {
    expect(can(null, p)).toBe(false);
    expect(can(undefined, p)).toBe(false);
  }
});

test('when permissions are listed, then each is a verb:resource string', () => {
  for (const p of PERMISSIONS) expect(p).toMatch(/^[a-z]+:[a-z-]+$/);
});
