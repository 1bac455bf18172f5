type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The message group (`app.enums.<group>`) of a schema enum; most are the enum's name in lower camel case. */
const enumGroupExceptions: Record<string, string> = {
  ProviderExitStatus: 'exitStatus',
  ProviderExitTrigger: 'exitTrigger',
  ExitEvidenceKind: 'evidenceKind',
};

export function enumGroupOf(enumType: string): string {
  return enumGroupExceptions[enumType] ?? `${enumType[0].toLowerCase()}${enumType.slice(1)}`;
}

/** An enum value of the API in words (`Semester` 1/2 too); the roles have their own messages. */
export function enumLabel(enumType: string, value: string, translate: Translate): string {
  if (enumType === 'Role') return translate(`app.roles.${value}`, { _: value });
  return translate(`app.enums.${enumGroupOf(enumType)}.${value}`, { _: value });
}
