export * from './elements/so-org-profile/so-org-profile.js';
