import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AccountApiError } from '../../src/client/errors.js';
import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import { registerTranslation } from '../../src/internal/localize/registry.js';
import { recordingClient } from '../helpers/recording-client.js';
import {
  announced,
  avatar,
  base,
  chooseLanguage,
  deepFocus,
  descriptionOf,
  inert,
  input,
  language,
  listbox,
  offsetOf,
  options,
  pickFile,
  render,
  saveButton,
  shadow,
  textOf,
  typeInto,
  patches,
} from './so-profile-form-helpers.js';

describe('<so-profile-form> time zone', () => {
  it('lists every zone with its current offset, and filters by name or offset as the user types', async () => {
    const el = await render(createMemoryAccountClient());
    const field = input(el, 'timezone');
    expect(field.getAttribute('role')).to.equal('combobox');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(descriptionOf(el, field)).to.deep.equal([`Now ${offsetOf('America/Los_Angeles')}.`]);
    field.focus();
    await typeInto(el, field, 'berlin');
    expect(field.getAttribute('aria-expanded')).to.equal('true');
    expect(field.getAttribute('aria-controls')).to.equal(listbox(el).id);
    expect(options(el)).to.deep.equal([`Europe/Berlin (${offsetOf('Europe/Berlin')})`]);
    await typeInto(el, field, 'GMT+5:30');
    expect(options(el)).to.include('Asia/Kolkata (GMT+05:30)').and.include('Asia/Colombo (GMT+05:30)');
    expect(options(el).every((option) => option.endsWith('(GMT+05:30)'))).to.be.true;
    await typeInto(el, field, 'calcutta');
    expect(options(el), 'found by its old name, shown by its current one').to.deep.equal(['Asia/Kolkata (GMT+05:30)']);
    await typeInto(el, field, 'new york');
    expect(options(el)).to.deep.equal([`America/New_York (${offsetOf('America/New_York')})`]);
    await expect(el).to.be.accessible();
    await typeInto(el, field, 'zzz');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(descriptionOf(el, field)).to.deep.equal(['No time zone matches.']);
  });

  it('is operated from the keyboard: Down and Up move the active option, Enter chooses it without submitting, Escape closes', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    const field = input(el, 'timezone');
    field.focus();
    await typeInto(el, field, 'asia/k');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const first = shadow(el).getElementById(field.getAttribute('aria-activedescendant')!)!;
    expect(first.getAttribute('aria-selected')).to.equal('true');
    expect(textOf(first)).to.equal(options(el)[0]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(field.getAttribute('aria-activedescendant')).to.equal(first.id);
    const chosen = options(el)[0]!.replace(/ \(.*\)$/, '');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(field.value).to.equal(chosen);
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.hasAttribute('aria-activedescendant')).to.be.false;
    expect(recording.callsTo('updateProfile'), 'Enter on an option does not submit').to.have.length(0);
    expect(deepFocus() === field, 'focus stays in the input').to.be.true;

    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(field.getAttribute('aria-expanded'), 'Down opens the list on the chosen zone').to.equal('true');
    expect(textOf(shadow(el).getElementById(field.getAttribute('aria-activedescendant')!))).to.contain(chosen);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.value).to.equal(chosen);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => recording.callsTo('updateProfile').length === 1, 'Enter with the list closed saves');
    expect(patches(recording)).to.deep.equal([{ timezone: chosen }]);
  });

  it('chooses a zone with a click', async () => {
    const el = await render(createMemoryAccountClient());
    const field = input(el, 'timezone');
    field.focus();
    await typeInto(el, field, 'tokyo');
    shadow(el).querySelector<HTMLElement>('[role="option"]')!.click();
    await el.updateComplete;
    expect(field.value).to.equal('Asia/Tokyo');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(inert(saveButton(el))).to.be.false;
  });

  it('refuses a zone that does not exist, and accepts one typed in another case', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    const field = input(el, 'timezone');
    await typeInto(el, field, 'Mars/Olympus_Mons', true);
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(descriptionOf(el, field)[0]).to.equal('Choose a time zone from the list.');
    saveButton(el).click();
    await el.updateComplete;
    expect(recording.callsTo('updateProfile')).to.have.length(0);
    expect(deepFocus() === field).to.be.true;
    await expect(el).to.be.accessible();
    await typeInto(el, field, 'europe/berlin', true);
    expect(field.getAttribute('aria-invalid')).to.equal('false');
    saveButton(el).click();
    await waitUntil(() => recording.callsTo('updateProfile').length === 1, 'not saved');
    expect(patches(recording)).to.deep.equal([{ timezone: 'Europe/Berlin' }]);
  });
});

describe('<so-profile-form> language', () => {
  before(() => {
    registerTranslation('de', { 'profile.label': 'Profil' });
    registerTranslation('fr', { 'profile.label': 'Profil' });
  });

  it('offers English and the registered locales, each named in its own language, plus the saved one', async () => {
    const el = await render(createMemoryAccountClient());
    const menu = [...language(el).options].map((option) => [option.value, option.lang, option.textContent!.trim()]);
    expect(menu).to.deep.equal([
      ['en', 'en', 'English'],
      ['de', 'de', 'Deutsch'],
      ['fr', 'fr', 'Français'],
      ['en-US', 'en-US', new Intl.DisplayNames(['en-US'], { type: 'language' }).of('en-US')],
    ]);
    expect(language(el).value, 'the saved locale is selected').to.equal('en-US');
    expect(inert(saveButton(el))).to.be.true;
  });

  it('saves the chosen language; Discard puts the menu back', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    await chooseLanguage(el, 'de');
    expect(inert(saveButton(el))).to.be.false;
    shadow(el).querySelector<HTMLButtonElement>('[part="discard-button"]')!.click();
    await el.updateComplete;
    expect(language(el).value).to.equal('en-US');
    await chooseLanguage(el, 'fr');
    saveButton(el).click();
    await waitUntil(() => recording.callsTo('updateProfile').length === 1, 'not saved');
    expect(patches(recording)).to.deep.equal([{ locale: 'fr' }]);
  });
});

describe('<so-profile-form> layout', () => {
  it('fits 320 px without scrolling sideways, file picker and open time zone list included', async () => {
    const el = await render(createMemoryAccountClient(), async () => 'https://cdn.example/me.png');
    el.style.inlineSize = '320px';
    await typeInto(el, input(el, 'timezone'), 'america');
    const wide = [base(el), ...shadow(el).querySelectorAll<HTMLElement>('.field, .avatar-field, .actions')].filter(
      (node) => node.getBoundingClientRect().right > el.getBoundingClientRect().right + 0.5,
    );
    expect(wide.map((node) => node.className || node.localName)).to.deep.equal([]);
    expect(base(el).scrollWidth).to.be.at.most(base(el).clientWidth);
  });
});

describe('<so-profile-form> picture', () => {
  it('shows initials with an accessible name when there is no picture', async () => {
    const el = await render(createMemoryAccountClient());
    const initials = avatar(el).querySelector('[role="img"]')!;
    expect(textOf(initials)).to.equal('MC');
    expect(initials.getAttribute('aria-label')).to.equal('Profile picture of Maya Chen');
    expect(avatar(el).querySelector('img')).to.be.null;
  });

  it('previews a safe URL as an image with alt text, and falls back to initials when it fails to load', async () => {
    const el = await render(createMemoryAccountClient());
    await typeInto(el, input(el, 'avatar-url'), '/no-such-picture.png');
    const image = avatar(el).querySelector('img')!;
    expect(image.getAttribute('src')).to.equal('/no-such-picture.png');
    expect(image.alt).to.equal('Profile picture of Maya Chen');
    await waitUntil(() => avatar(el).querySelector('[role="img"]'), 'no fallback to initials');
    expect(textOf(avatar(el))).to.equal('MC');
    await expect(el).to.be.accessible();
  });

  it('refuses an unsafe URL beside the field, and previews initials for it', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    const field = input(el, 'avatar-url');
    for (const url of ['javascript:alert(1)', 'http://cdn.example/me.png', '//evil.example/me.png']) {
      await typeInto(el, field, url, true);
      expect(avatar(el).querySelector('img'), url).to.be.null;
      expect(field.getAttribute('aria-invalid'), url).to.equal('true');
      expect(descriptionOf(el, field)[0]).to.equal('Use an https:// address or a path on this site.');
    }
    saveButton(el).click();
    await el.updateComplete;
    expect(recording.callsTo('updateProfile')).to.have.length(0);
  });

  it('uploads through the host’s hook: a file picker for images whose URL fills the field and is saved', async () => {
    const recording = recordingClient();
    const files: File[] = [];
    const el = await render(recording.client, async (file) => {
      files.push(file);
      return 'https://cdn.example/avatars/maya.png';
    });
    const picker = input(el, 'avatar-file');
    expect(picker.accept).to.equal('image/*');
    await pickFile(el);
    await waitUntil(() => input(el, 'avatar-url').value === 'https://cdn.example/avatars/maya.png', 'the URL was not filled in');
    expect(files.map((file) => file.name)).to.deep.equal(['me.png']);
    expect(avatar(el).querySelector('img')!.getAttribute('src')).to.equal('https://cdn.example/avatars/maya.png');
    await waitUntil(() => announced(el) === 'Picture uploaded. Save to keep it.', 'not announced');
    await expect(el).to.be.accessible();
    saveButton(el).click();
    await waitUntil(() => recording.callsTo('updateProfile').length === 1, 'not saved');
    expect(patches(recording)).to.deep.equal([{ avatarUrl: 'https://cdn.example/avatars/maya.png' }]);
  });

  it('shows a failed upload beside the file picker and keeps Save inert while uploading', async () => {
    let reject!: (error: unknown) => void;
    const el = await render(createMemoryAccountClient(), () => new Promise<string>((_resolve, fail) => (reject = fail)));
    await typeInto(el, input(el, 'display-name'), 'Maya O');
    await pickFile(el);
    expect(textOf(shadow(el).querySelector('#avatar-file-status'))).to.equal('Uploading the picture…');
    expect(inert(saveButton(el)), 'inert while uploading').to.be.true;
    reject(new AccountApiError('network'));
    await waitUntil(() => input(el, 'avatar-file').getAttribute('aria-invalid') === 'true', 'no upload error');
    expect(descriptionOf(el, input(el, 'avatar-file'))).to.deep.equal([
      'Couldn’t upload the picture. Can’t reach the server. Check your connection and try again.',
    ]);
    expect(input(el, 'avatar-url').value).to.equal('');
    expect(inert(saveButton(el))).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('refuses an unsafe URL from the upload hook', async () => {
    const el = await render(createMemoryAccountClient(), async () => 'javascript:alert(1)');
    await pickFile(el);
    await waitUntil(() => input(el, 'avatar-file').getAttribute('aria-invalid') === 'true', 'no upload error');
    expect(descriptionOf(el, input(el, 'avatar-file'))[0]).to.equal('Couldn’t upload the picture. Use an https:// address or a path on this site.');
    expect(input(el, 'avatar-url').value).to.equal('');
    expect(avatar(el).querySelector('img')).to.be.null;
  });

  it('removes the picture when the URL is emptied', async () => {
    const recording = recordingClient({
      seed: { profile: { displayName: 'Maya Chen', email: 'maya@example.com', avatarUrl: 'https://cdn.example/me.png', timezone: 'UTC', locale: 'en' } },
    });
    const el = await render(recording.client);
    expect(input(el, 'avatar-url').value).to.equal('https://cdn.example/me.png');
    await typeInto(el, input(el, 'avatar-url'), '');
    saveButton(el).click();
    await waitUntil(() => recording.callsTo('updateProfile').length === 1, 'not saved');
    expect(patches(recording)).to.deep.equal([{ avatarUrl: '' }]);
    expect((await recording.client.getProfile()).avatarUrl).to.be.undefined;
  });
});
