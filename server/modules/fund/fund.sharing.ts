// A fund is a shared row (its windows, projects, transactions and reports are read through
// it): its entity, registered with sharing from this module (ADR 0012), installed by migration 0018.
import { defineSharedEntity } from '../sharing/sharing.service.ts';

export const sharedFunds = defineSharedEntity({ entity: 'fund', table: 'fund' });
