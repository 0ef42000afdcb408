// Indicators and their reported values are shared rows, registered with sharing from this
// module (ADR 0012). A value is read only by those who may read both it and its indicator.
import { defineSharedEntity } from '../sharing/sharing.service.ts';

export const sharedIndicators = defineSharedEntity({ entity: 'indicator', table: 'indicator' });
export const sharedIndicatorValues = defineSharedEntity({ entity: 'indicator_value', table: 'indicator_value' });
