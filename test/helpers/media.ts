import { emulateMedia } from '@web/test-runner-commands';

type Media = Parameters<typeof emulateMedia>[0];

/**
 * Emulates `media` (colour scheme, reduced motion) and says whether it could. Only Chromium's
 * DevTools protocol can: Firefox over WebDriver BiDi has no such command, so a test that needs it
 * skips there (`if (!(await emulate(...))) this.skip()`) rather than fail on the harness.
 */
export async function emulate(media: Media): Promise<boolean> {
  try {
    await emulateMedia(media);
    return true;
  } catch (error) {
    if (String(error).includes('CDP support is required')) return false;
    throw error;
  }
}
