import { describe, expectTypeOf, it } from 'vitest';
import type {
  ActiveDisclosure,
  ApplicantRow,
  ApplicantRowInput,
  OutcomeCounts,
  Report,
  RequestsTable,
  RequestsTableInput,
  ReviewLitigationTable,
} from '../../src/index.js';

/** The canonical shape of SPEC A3, written out: the types derived from the format description must equal it. */
type Row = {
  naturalPerson: number;
  commercial: number;
  research: number;
  socialWelfare: number;
  legalService: number;
  other: number;
  total: number;
};
type Outcome = { upheld: number; corrected: number; other: number; pending: number; total: number };

describe('types derived from the format description', () => {
  it('ApplicantRow has the seven columns of table 三', () => {
    expectTypeOf<ApplicantRow>().toEqualTypeOf<Row>();
    expectTypeOf<ApplicantRowInput>().toEqualTypeOf<{
      naturalPerson: number;
      commercial: number;
      research: number;
      socialWelfare: number;
      legalService: number;
      other: number;
      total?: number;
    }>();
  });

  it('RequestsTable has the rows of table 三', () => {
    expectTypeOf<RequestsTable>().toEqualTypeOf<{
      newReceived: Row;
      carriedOver: Row;
      results: {
        granted: Row;
        partiallyGranted: Row;
        denied: {
          stateSecret: Row;
          prohibitedByLaw: Row;
          threeSecurityOneStability: Row;
          thirdPartyRights: Row;
          internalAffairs: Row;
          processInformation: Row;
          lawEnforcementFiles: Row;
          administrativeQuery: Row;
        };
        unableToProvide: { notHeld: Row; needsCreation: Row; unclearAfterCorrection: Row };
        notProcessed: {
          petitionComplaint: Row;
          duplicate: Row;
          publication: Row;
          excessive: Row;
          confirmationOrReissue: Row;
        };
        other: { overdueCorrection: Row; overdueFee: Row; other: Row };
        total: Row;
      };
      carriedForward: Row;
    }>();
    expectTypeOf<RequestsTableInput['results']['total']>().toEqualTypeOf<ApplicantRowInput | undefined>();
  });

  it('ReviewLitigationTable has three groups of outcomes', () => {
    expectTypeOf<ReviewLitigationTable>().toEqualTypeOf<{
      review: Outcome;
      litigationDirect: Outcome;
      litigationAfterReview: Outcome;
    }>();
    expectTypeOf<OutcomeCounts>().toEqualTypeOf<Outcome>();
  });

  it('ActiveDisclosure has the items of table 二', () => {
    type Docs = { issued: number; repealed: number; inForce: number };
    expectTypeOf<ActiveDisclosure>().toEqualTypeOf<{
      regulations: Docs;
      normativeDocuments: Docs;
      licensing: number;
      punishment: number;
      coercion: number;
      fees: number;
    }>();
  });

  it('Report has every section', () => {
    expectTypeOf<Report>().toHaveProperty('overview');
    expectTypeOf<Report['format']>().toEqualTypeOf<'2021'>();
    expectTypeOf<Report['publishedAt']>().toEqualTypeOf<string | undefined>();
  });
});
