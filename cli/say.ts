/** The CLI's messages from the catalogue (src/i18n/cli.*.ts), in the language asked for. */
import { cliEn } from '../src/i18n/cli.en';
import { cliSv } from '../src/i18n/cli.sv';

export type Lang = 'sv' | 'en';
export type Say = (key: string, params?: Record<string, string | number>) => string;

export function languageOf(flag: string | undefined, env: Record<string, string | undefined>): Lang {
  if (flag === 'sv' || flag === 'en') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.startsWith('en') ? 'en' : 'sv';
}

export function sayer(lang: Lang): Say {
  const messages = lang === 'sv' ? cliSv : cliEn;
  return (key, params = {}) => {
    let node: unknown = messages;
    for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
    const text = typeof node === 'string' ? node : key;
    return text.replace(/\{\{(\w+)\}\}/g, (_all, name: string) => String(params[name] ?? ''));
  };
}

/** Whole numbers with a thin space between thousands, as both languages accept. */
export const sayNumber = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');

export const HELP = { sv: cliSv.help, en: cliEn.help };
