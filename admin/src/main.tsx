import { createRoot } from 'react-dom/client';
import { loadConfig } from './config/appConfig';
import { accessCodeOf } from './publicSurvey/route';
import { phoneAudienceOf } from './phone/route';
import { disclosureCodeOf } from './publicDisclosure/route';

const root = createRoot(document.getElementById('root')!);

/** Shown when the console cannot start (no config.json, unsupported auth mode): say why, in both languages. */
function StartupError({ error }: { error: unknown }) {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: 32, maxWidth: 640 }}>
      <h1 style={{ fontSize: 20 }}>课后服务平台无法启动 / The console could not start</h1>
      <p>{error instanceof Error ? error.message : String(error)}</p>
    </main>
  );
}

// Two route trees, each loaded only when needed: the public survey page (`/s/<code>`, for parents'
// phones: no react-admin) and the console. The config is read at runtime, before rendering, so one
// build serves every deployment; the console's code downloads meanwhile.
// A third tree for teachers' and parents' phones (`/m/parent`, `/m/teacher`), also without react-admin.
const accessCode = accessCodeOf(window.location.pathname);
const audience = phoneAudienceOf(window.location.pathname);
// A fourth for the public disclosure (`/p/<code>`, 公示), read by anyone without signing in.
const disclosureCode = disclosureCodeOf(window.location.pathname);
const started = accessCode
  ? import('./publicSurvey/publicMain').then((m) => m.renderPublicSurvey(root, accessCode))
  : disclosureCode
    ? import('./publicDisclosure/publicMain').then((m) => m.renderPublicDisclosure(root, disclosureCode))
    : audience
      ? import('./phone/phoneMain').then((m) => m.renderPhone(root, audience))
      : Promise.all([loadConfig(), import('./consoleMain')]).then(([config, m]) => m.renderConsole(root, config));
started.catch((error: unknown) => root.render(<StartupError error={error} />));
