export * from './elements/so-org-members/so-org-members.js';
