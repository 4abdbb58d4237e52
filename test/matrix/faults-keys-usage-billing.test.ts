// The fault matrix (cells.ts), split across files so each stays well under a minute.
import { defineMatrix } from './harness.js';

defineMatrix(['so-api-key-panel', 'so-usage-meter', 'so-billing-card']);
