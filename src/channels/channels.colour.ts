/** A partner's colour for a widget: text on it is white or dark, whichever meets WCAG AA (4.5:1); else refused. */

export const DARK_TEXT = '#1d2327';
export const LIGHT_TEXT = '#ffffff';
export const AA_CONTRAST = 4.5;

function channel(v: number): number {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.1 relative luminance of '#rrggbb' or 'rrggbb'. */
export function luminance(hex: string): number {
  const h = hex.replace(/^#/, '');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

export type PartnerColour = { ok: true; background: string; text: string; contrast: number } | { ok: false; reason: string };

/** '0b4f5c' → the colour with white or dark text; a malformed or mid-tone colour is refused. */
export function partnerColour(input: string): PartnerColour {
  const hex = input.trim().replace(/^#/, '').toLowerCase();
  if (!/^[0-9a-f]{6}$/.test(hex)) return { ok: false, reason: 'Geef een kleur als zes hexadecimale tekens, bv. 0b4f5c.' };
  const background = `#${hex}`;
  const light = contrastRatio(background, LIGHT_TEXT);
  const dark = contrastRatio(background, DARK_TEXT);
  const text = light >= dark ? LIGHT_TEXT : DARK_TEXT;
  const contrast = Math.max(light, dark);
  if (contrast < AA_CONTRAST) {
    return { ok: false, reason: `Op deze kleur is witte en donkere tekst niet leesbaar genoeg (contrast ${contrast.toFixed(1)}:1, nodig ${AA_CONTRAST}:1). Kies een donkerdere of lichtere kleur.` };
  }
  return { ok: true, background, text, contrast };
}
