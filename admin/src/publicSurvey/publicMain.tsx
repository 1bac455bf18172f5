import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { loadConfig, publicSurveyUrl } from '../config/appConfig';
import { publicSurveyEn } from '../i18n/en/publicSurvey';
import { publicSurveyZh } from '../i18n/zh-CN/publicSurvey';
import { PublicSurveyPage } from './PublicSurveyPage';

/**
 * The public answering page's own tree: no react-admin, no sign-in, no Material UI — just the page,
 * its styles and the two anonymous requests. Chinese; `?lang=en` for English.
 */
export async function renderPublicSurvey(root: Root, accessCode: string) {
  const config = await loadConfig();
  const messages = new URLSearchParams(window.location.search).get('lang') === 'en' ? publicSurveyEn : publicSurveyZh;
  if (messages === publicSurveyEn) document.documentElement.lang = 'en';
  root.render(
    <StrictMode>
      <PublicSurveyPage accessCode={accessCode} graphqlUrl={publicSurveyUrl(config)} messages={messages} />
    </StrictMode>,
  );
}
