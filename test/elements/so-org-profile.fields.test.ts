import { expect, waitUntil } from '@open-wc/testing';
import { createSeed } from '../../src/client/seed.js';
import { contrastReport, MIN_TEXT_CONTRAST } from '../../src/elements/so-org-profile/contrast.js';
import { deferred } from '../helpers/deferred.js';
import { recordingClient } from '../helpers/recording-client.js';
import {
  announced,
  buttonNamed,
  chooseLogoFile,
  deepFocus,
  fieldError,
  input,
  part,
  picker,
  render,
  save,
  saveButton,
  shadow,
  textOf,
  type,
} from './so-org-profile-helpers.js';

const seed = createSeed();
/** A logo the test server serves. */
const LOGO = '/stories/support/acme-logo.svg';
const withOrganization = (changes: Partial<NonNullable<typeof seed.organization>>) => ({ organization: { ...seed.organization!, ...changes } });

describe('<so-org-profile> slug', () => {
  const cases: [string, string, string][] = [
    ['too short', 'ab', 'Use 3 to 40 characters.'],
    ['41 characters', 'a'.repeat(41), 'Use 3 to 40 characters.'],
    ['uppercase', 'Acme-Labs', 'Use only lowercase letters, digits and hyphens, without spaces.'],
    ['spaces', 'acme labs', 'Use only lowercase letters, digits and hyphens, without spaces.'],
    ['a hyphen at an end', '-acme', 'Start and end with a letter or digit.'],
    ['empty', '', 'Enter a slug.'],
  ];
  for (const [what, slug, message] of cases) {
    it(`refuses a slug with ${what} beside the field, focused, with no request`, async () => {
      const recording = recordingClient();
      const el = await render(recording.client);
      await type(el, 'slug', slug, { leave: false });
      expect(fieldError(el, 'slug'), 'no error while typing').to.equal('');
      await save(el);
      await waitUntil(() => fieldError(el, 'slug'), 'no slug error');
      expect(fieldError(el, 'slug')).to.equal(message);
      expect(input(el, 'slug')!.getAttribute('aria-invalid')).to.equal('true');
      expect(input(el, 'slug')!.getAttribute('aria-describedby')).to.equal('slug-hint slug-error');
      expect(deepFocus() === input(el, 'slug'), 'focus on the slug').to.be.true;
      expect(recording.callsTo('updateOrganization')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  }

  it('checks the slug when the user leaves the field, and accepts one of 40 characters', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    await type(el, 'slug', 'Acme');
    expect(fieldError(el, 'slug')).to.equal('Use only lowercase letters, digits and hyphens, without spaces.');
    const longest = `a${'-b'.repeat(19)}c`;
    expect(longest).to.have.length(40);
    await type(el, 'slug', longest);
    expect(fieldError(el, 'slug')).to.equal('');
    await save(el);
    await waitUntil(() => recording.callsTo('updateOrganization').length === 1, 'not saved');
    expect(recording.callsTo('updateOrganization')[0]!.args).to.deep.equal([{ slug: longest }]);
  });

  it('focuses the first invalid field when several are wrong', async () => {
    const el = await render(recordingClient().client);
    await type(el, 'name', '   ', { leave: false });
    await type(el, 'slug', 'x', { leave: false });
    await save(el);
    await waitUntil(() => fieldError(el, 'name'), 'no name error');
    expect(fieldError(el, 'name')).to.equal('Enter the organization’s name.');
    expect(fieldError(el, 'slug')).to.equal('Use 3 to 40 characters.');
    expect(deepFocus() === input(el, 'name'), 'focus on the name').to.be.true;
  });

  it('does not judge a slug left as loaded, so an old slug never blocks saving the name', async () => {
    const recording = recordingClient({ seed: withOrganization({ slug: 'Old_Slug' }) });
    const el = await render(recording.client);
    await type(el, 'name', 'Acme Labs');
    await save(el);
    await waitUntil(() => recording.callsTo('updateOrganization').length === 1, 'not saved');
    expect(recording.callsTo('updateOrganization')[0]!.args).to.deep.equal([{ name: 'Acme Labs' }]);
  });
});

describe('<so-org-profile> brand colour', () => {
  it('warns that white text is under 4.5:1 on #ffff00, and the sample uses black text', async () => {
    const el = await render(recordingClient().client);
    await type(el, 'brandColor', '#ffff00');
    expect(textOf(part(el, 'contrast'))).to.equal(
      'White text: 1.07:1 Black text: 19.55:1 The sample uses black text, which reads better on this colour. ' +
        'White text on this colour has a contrast of only 1.07:1, under the 4.5:1 that readable text needs. Buttons in this colour need dark text, or choose a darker colour.',
    );
    const sample = part(el, 'brand-sample')!;
    expect(getComputedStyle(sample).backgroundColor).to.equal('rgb(255, 255, 0)');
    expect(getComputedStyle(sample).color).to.equal('rgb(0, 0, 0)');
    expect(input(el, 'brandColor')!.getAttribute('aria-describedby'), 'the report describes the field').to.contain('brandColor-contrast');
    await expect(el).to.be.accessible();
  });

  it('gives no warning on #1d4ed8, and the sample uses white text', async () => {
    const el = await render(recordingClient().client);
    await type(el, 'brandColor', '#1d4ed8');
    expect(textOf(part(el, 'contrast'))).to.equal('White text: 6.7:1 Black text: 3.13:1 The sample uses white text, which reads better on this colour.');
    expect(part(el, 'contrast-warning')).to.be.null;
    expect(getComputedStyle(part(el, 'brand-sample')!).color).to.equal('rgb(255, 255, 255)');
  });

  it('rounds a ratio down, so one just under 4.5:1 never reads as 4.5:1', async () => {
    // #777777 gives white text 4.478:1.
    const el = await render(recordingClient().client);
    await type(el, 'brandColor', '#777777');
    expect(textOf(part(el, 'contrast'))).to.contain('White text: 4.47:1');
    expect(part(el, 'contrast-warning')).to.exist;
  });

  it('finds the better of white and black at 4.5:1 or more for every grey and primary, so there is no "neither" case', () => {
    const hex = (value: number) => value.toString(16).padStart(2, '0');
    for (let level = 0; level < 256; level++) {
      for (const color of [`#${hex(level).repeat(3)}`, `#${hex(level)}0000`, `#00${hex(level)}00`, `#0000${hex(level)}`]) {
        const report = contrastReport(color);
        expect(Math.max(report.onWhite, report.onBlack), color).to.be.at.least(MIN_TEXT_CONTRAST);
      }
    }
  });

  it('keeps the colour picker and the hex field in sync', async () => {
    const el = await render(recordingClient().client);
    expect(picker(el).value).to.equal('#3f5efb');
    picker(el).value = '#00ff00';
    picker(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(input(el, 'brandColor')!.value).to.equal('#00ff00');
    await type(el, 'brandColor', '#ABC');
    expect(picker(el).value).to.equal('#aabbcc');
    await type(el, 'brandColor', 'blue');
    expect(picker(el).value, 'the picker keeps the last valid colour').to.equal('#aabbcc');
    expect(fieldError(el, 'brandColor')).to.equal('Use a hex colour such as #3f5efb.');
    expect(input(el, 'brandColor')!.getAttribute('aria-invalid')).to.equal('true');
    expect(part(el, 'brand-sample'), 'no sample for text that is no colour').to.be.null;
    await expect(el).to.be.accessible();
  });

  it('sends no request for an invalid hex and focuses the field', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    await type(el, 'brandColor', '#12345', { leave: false });
    await save(el);
    await waitUntil(() => fieldError(el, 'brandColor'), 'no colour error');
    expect(deepFocus() === input(el, 'brandColor')).to.be.true;
    expect(recording.callsTo('updateOrganization')).to.have.length(0);
  });

  it('clears the colour with an empty field, sent as an empty string', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    await type(el, 'brandColor', '');
    expect(textOf(part(el, 'contrast'))).to.equal('No brand colour set: the default colour is used.');
    await save(el);
    await waitUntil(() => recording.callsTo('updateOrganization').length === 1, 'not saved');
    expect(recording.callsTo('updateOrganization')[0]!.args).to.deep.equal([{ brandColor: '' }]);
    expect((await recording.client.getOrganization())!).not.to.have.property('brandColor');
  });
});

describe('<so-org-profile> logo', () => {
  it('shows the initials on the brand colour when there is no logo', async () => {
    const el = await render(recordingClient().client);
    const logo = part(el, 'logo')!;
    expect(logo.matches('[part~="initials"]')).to.be.true;
    expect(textOf(logo)).to.equal('AR');
    expect(logo.getAttribute('role')).to.equal('img');
    expect(logo.getAttribute('aria-label')).to.equal('Acme Robotics: no logo, initials shown');
    expect(getComputedStyle(logo).backgroundColor).to.equal('rgb(63, 94, 251)');
    expect(shadow(el).querySelector('input[type="file"]'), 'no upload without the hook').to.be.null;
    expect(buttonNamed(el, 'Upload logo')).to.be.null;
  });

  it('previews a safe logo URL, and falls back to the initials when it fails to load', async () => {
    const el = await render(recordingClient({ seed: withOrganization({ logoUrl: LOGO }) }).client);
    const image = shadow(el).querySelector<HTMLImageElement>('img[part="logo"]')!;
    expect(image.getAttribute('src')).to.equal(LOGO);
    expect(image.alt).to.equal('Acme Robotics logo');
    image.dispatchEvent(new Event('error'));
    await el.updateComplete;
    expect(shadow(el).querySelector('img')).to.be.null;
    expect(textOf(part(el, 'initials'))).to.equal('AR');
  });

  it('refuses an unsafe logo URL: no preview of it, an error on the field, no request', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    await type(el, 'logoUrl', 'javascript:alert(1)');
    expect(shadow(el).querySelector('img'), 'an unsafe URL is never loaded').to.be.null;
    expect(fieldError(el, 'logoUrl')).to.equal('Use an https:// address or a path on this site.');
    await save(el);
    expect(recording.callsTo('updateOrganization')).to.have.length(0);
    expect(deepFocus() === input(el, 'logoUrl')).to.be.true;
    await type(el, 'logoUrl', 'http://cdn.example/logo.png');
    expect(fieldError(el, 'logoUrl'), 'plain http: is refused too').to.equal('Use an https:// address or a path on this site.');
  });

  it('uploads a chosen file through uploadLogo, previews it, and saves its URL', async () => {
    const recording = recordingClient();
    const upload = deferred<string>();
    const files: File[] = [];
    const el = await render(recording.client, {
      uploadLogo: (file) => {
        files.push(file);
        return upload.promise;
      },
    });
    const fileInput = shadow(el).querySelector<HTMLInputElement>('input[type="file"]')!;
    let opened = 0;
    fileInput.click = () => void opened++;
    buttonNamed(el, 'Upload logo')!.click();
    expect(opened, 'Upload opens the file picker').to.equal(1);
    await chooseLogoFile(el, 'acme.png');
    expect(files.map((file) => file.name)).to.deep.equal(['acme.png']);
    expect(textOf(buttonNamed(el, 'Uploading…'))).to.equal('Uploading…');
    expect(saveButton(el)!.getAttribute('aria-disabled'), 'no save while uploading').to.equal('true');
    upload.resolve('/stories/support/acme-logo.svg?v=2');
    await waitUntil(() => input(el, 'logoUrl')!.value === '/stories/support/acme-logo.svg?v=2', 'the URL did not arrive');
    expect(shadow(el).querySelector('img')!.getAttribute('src')).to.equal('/stories/support/acme-logo.svg?v=2');
    await waitUntil(() => announced(el) === 'Logo uploaded. Save to use it.', 'not announced');
    await save(el);
    await waitUntil(() => recording.callsTo('updateOrganization').length === 1, 'not saved');
    expect(recording.callsTo('updateOrganization')[0]!.args).to.deep.equal([{ logoUrl: '/stories/support/acme-logo.svg?v=2' }]);
  });

  it('shows a failed upload on the logo field and keeps the logo as it was', async () => {
    const el = await render(recordingClient().client, { uploadLogo: () => Promise.reject(new Error('too big')) });
    await chooseLogoFile(el);
    await waitUntil(() => fieldError(el, 'logoUrl'), 'no upload error');
    expect(fieldError(el, 'logoUrl')).to.equal('Couldn’t upload the logo. Try again.');
    expect(input(el, 'logoUrl')!.value).to.equal('');
    expect((saveButton(el)!.getAttribute('aria-disabled') === 'true')).to.be.true;
    await waitUntil(() => announced(el) === 'Couldn’t upload the logo. Try again.', 'not announced');
    await expect(el).to.be.accessible();
  });

  it('refuses an uploaded logo whose URL is unsafe', async () => {
    const el = await render(recordingClient().client, { uploadLogo: async () => 'javascript:alert(1)' });
    await chooseLogoFile(el);
    await waitUntil(() => fieldError(el, 'logoUrl'), 'no error');
    expect(fieldError(el, 'logoUrl')).to.equal('The uploaded logo came back with an address that can’t be shown safely.');
    expect(input(el, 'logoUrl')!.value).to.equal('');
    expect(shadow(el).querySelector('img')).to.be.null;
  });

  it('removes the logo, moves focus to the URL field, and saves the removal as an empty string', async () => {
    const recording = recordingClient({ seed: withOrganization({ logoUrl: 'https://cdn.example/acme.svg' }) });
    const el = await render(recording.client);
    buttonNamed(el, 'Remove logo')!.click();
    await el.updateComplete;
    await waitUntil(() => deepFocus() === input(el, 'logoUrl'), 'focus did not move');
    expect(buttonNamed(el, 'Remove logo')).to.be.null;
    expect(textOf(part(el, 'initials'))).to.equal('AR');
    await save(el);
    await waitUntil(() => recording.callsTo('updateOrganization').length === 1, 'not saved');
    expect(recording.callsTo('updateOrganization')[0]!.args).to.deep.equal([{ logoUrl: '' }]);
  });
});
