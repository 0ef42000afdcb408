// Needs are shared rows: their entity, registered with sharing from this module (ADR 0012).
import { defineSharedEntity } from '../sharing/sharing.service.ts';

export const sharedNeeds = defineSharedEntity({ entity: 'need', table: 'need' });
