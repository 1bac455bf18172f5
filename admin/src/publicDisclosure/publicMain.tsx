import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { loadConfig, publicSurveyUrl } from '../config/appConfig';
import { publicDisclosureEn } from '../i18n/en/publicDisclosure';
import { publicDisclosureZh } from '../i18n/zh-CN/publicDisclosure';
import { PublicDisclosurePage } from './PublicDisclosurePage';

/** The public disclosure page's own tree: no react-admin, no sign-in. Chinese; `?lang=en` for English. */
export async function renderPublicDisclosure(root: Root, accessCode: string) {
  const config = await loadConfig();
  const english = new URLSearchParams(window.location.search).get('lang') === 'en';
  if (english) document.documentElement.lang = 'en';
  root.render(
    <StrictMode>
      <PublicDisclosurePage accessCode={accessCode} graphqlUrl={publicSurveyUrl(config)} messages={english ? publicDisclosureEn : publicDisclosureZh} />
    </StrictMode>,
  );
}
