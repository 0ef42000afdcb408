// A project's details are a shared row of their own (entity 'fund_project', installed by
// migration 0020), so that a project can be marked apart from its fund: a RED project is in
// no file (ADR 0017).
import { defineSharedEntity } from '../sharing/sharing.service.ts';

export const sharedFundProjects = defineSharedEntity({ entity: 'fund_project', table: 'fund_project_detail' });
