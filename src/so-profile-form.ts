export * from './elements/so-profile-form/so-profile-form.js';
