/**
 * The baseline for the validate() benchmark: a minimal checker of the same arithmetic written by
 * hand, the way one would without zfxxgk (key lists typed out, plain loops, messages as strings).
 */
const COLS = ['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'other'];
const GROUPS: Record<string, string[]> = {
  denied: [
    'stateSecret',
    'prohibitedByLaw',
    'threeSecurityOneStability',
    'thirdPartyRights',
    'internalAffairs',
    'processInformation',
    'lawEnforcementFiles',
    'administrativeQuery',
  ],
  unableToProvide: ['notHeld', 'needsCreation', 'unclearAfterCorrection'],
  notProcessed: ['petitionComplaint', 'duplicate', 'publication', 'excessive', 'confirmationOrReissue'],
  other: ['overdueCorrection', 'overdueFee', 'other'],
};
const OUTCOME = ['upheld', 'corrected', 'other', 'pending'];

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

export function handChecker(report: any): string[] {
  const errors: string[] = [];
  const q = report.requests;
  const rows: [string, any][] = [
    ['newReceived', q.newReceived],
    ['carriedOver', q.carriedOver],
    ['granted', q.results.granted],
    ['partiallyGranted', q.results.partiallyGranted],
  ];
  for (const [group, keys] of Object.entries(GROUPS))
    for (const k of keys) rows.push([`${group}.${k}`, q.results[group][k]]);
  const outcomeRows = rows.slice(2);
  rows.push(['total', q.results.total], ['carriedForward', q.carriedForward]);
  for (const [name, row] of rows) {
    let sum = 0;
    for (const c of COLS) {
      if (!isCount(row[c])) errors.push(`${name}.${c} not a count`);
      sum += row[c];
    }
    if (!isCount(row.total)) errors.push(`${name}.total not a count`);
    if (row.total !== sum) errors.push(`${name}.total should be ${sum}`);
  }
  for (const c of [...COLS, 'total']) {
    let sum = 0;
    for (const [, row] of outcomeRows) sum += row[c];
    if (q.results.total[c] !== sum) errors.push(`results.total.${c} should be ${sum}`);
    if (q.newReceived[c] + q.carriedOver[c] !== q.results.total[c] + q.carriedForward[c]) errors.push(`balance ${c}`);
  }
  for (const g of ['review', 'litigationDirect', 'litigationAfterReview']) {
    const group = report.reviewLitigation[g];
    let sum = 0;
    for (const k of OUTCOME) {
      if (!isCount(group[k])) errors.push(`${g}.${k} not a count`);
      sum += group[k];
    }
    if (group.total !== sum) errors.push(`${g}.total should be ${sum}`);
  }
  return errors;
}
