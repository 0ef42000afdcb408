import { describe } from 'vitest';
import { itFollowsItsTable } from '../../test/policies.ts';
import { exchangeRatesPolicy } from './exchange-rates.policy.ts';

describe('exchange rates policy', () => {
  itFollowsItsTable(exchangeRatesPolicy, {
    read: {
      allowed: ['system', 'secretariatAdmin', 'secretariatCoordinator', 'secretariatViewer', 'memberCoordinator', 'memberFocalPoint', 'memberViewer', 'partnerFocalPoint'],
    },
    manage: { allowed: ['system', 'secretariatAdmin'] },
  });
});
