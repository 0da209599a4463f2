import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROLES, type Role } from './identity';
import {
  PERMISSION_MATRIX,
  grantOf,
  permissionsOf,
  type Grant,
  type Permission,
} from './permissions';

/**
 * The matrix in code is DOMAIN.md's table ("Who may do what"), read from the document itself:
 * editing one without the other fails here. Rows the code splits map to several permissions.
 */
const PERMISSIONS_OF_ROW: Record<string, Permission[]> = {
  'read the record': ['record.read'],
  'read history': ['history.read'],
  audit: ['audit.read'],
  'transparency log': ['transparency.read'],
  'write the structure': ['structure.write'],
  'write meetings': ['meetings.write'],
  'issue assignments': ['assignments.issue'],
  'report back on, extend, withdraw assignments': ['assignments.follow-up'],
  'write agreements, follow-ups, indicator values, evaluations': ['agreements.write'],
  "record auditors' inquiries and their answers": ['inquiries.receive', 'inquiries.answer'],
  "record on behalf of another organisation than one's own": ['on-behalf.any'],
  'erase personal data, register extracts, rebuild projections, issue checkpoints': [
    'personal-data.erase',
    'personal-data.extract',
    'projections.rebuild',
    'checkpoints.issue',
  ],
};

function domainTable(): { row: string; cells: Record<Role, string> }[] {
  const domain = fs.readFileSync(path.join(__dirname, '../../../../shared/DOMAIN.md'), 'utf8');
  const section = domain.split('## Who may do what')[1].split('\n## ')[0];
  const lines = section.split('\n').filter((line) => line.startsWith('|'));
  const header = lines[0]
    .split('|')
    .slice(2, -1)
    .map((cell) => cell.trim()) as Role[];
  return lines.slice(2).map((line) => {
    const [first, ...rest] = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    const row = first.replace(/\s*\(.*\)$/, '');
    return {
      row,
      cells: Object.fromEntries(header.map((role, i) => [role, rest[i]])) as Record<Role, string>,
    };
  });
}

function grantOfCell(cell: string, permission: Permission): Grant | false {
  if (cell === '✓') return 'any';
  if (cell === '–') return false;
  if (cell === "own organisation's") return 'own-organisation';
  // The auditor receives inquiries but does not answer them.
  if (cell === '✓ (receive only)') return permission === 'inquiries.receive' ? 'any' : false;
  throw new Error(`A cell of DOMAIN.md's matrix reads "${cell}": say what it grants`);
}

describe('the permission matrix', () => {
  const table = domainTable();

  it("has DOMAIN.md's roles as its columns, and a permission for each of its rows", () => {
    expect(Object.keys(table[0].cells).sort()).toEqual([...ROLES].sort());
    expect(table.map((entry) => entry.row).sort()).toEqual(Object.keys(PERMISSIONS_OF_ROW).sort());
    expect(Object.values(PERMISSIONS_OF_ROW).flat().sort()).toEqual(
      Object.keys(PERMISSION_MATRIX).sort(),
    );
  });

  it('grants each role exactly what DOMAIN.md grants it', () => {
    for (const { row, cells } of table) {
      for (const permission of PERMISSIONS_OF_ROW[row]) {
        for (const role of ROLES) {
          expect({ permission, role, grant: grantOf(role, permission) }).toEqual({
            permission,
            role,
            grant: grantOfCell(cells[role], permission),
          });
        }
      }
    }
  });

  it('lists a role’s permissions with their grants, leaving out what it may not do', () => {
    expect(permissionsOf('dashboard')).toEqual([{ permission: 'record.read', grant: 'any' }]);
    expect(permissionsOf('head-of-administration')).toContainEqual({
      permission: 'assignments.follow-up',
      grant: 'own-organisation',
    });
    expect(permissionsOf('admin')).toHaveLength(Object.keys(PERMISSION_MATRIX).length);
  });
});
