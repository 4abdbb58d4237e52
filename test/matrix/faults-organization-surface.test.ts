// The fault matrix (cells.ts), split across files so each stays well under a minute.
import { defineMatrix } from './harness.js';

defineMatrix(['so-org-profile', 'so-subscriptions', 'so-account-settings']);
