import { formatDateId, formatNumberId } from '../../../domain/dates.js';
import { formatNip, parseNip } from '../../../domain/people/nip.js';
import type { IndicatorView, PersonSnapshot } from '../../../domain/work-plans/view.js';

/** Indonesian formats for the documents (dates and numbers shared with the web through the domain). */
export { formatDateId, formatNumberId };

/** What a document prints where there is nothing to print. */
export const DASH = '—';

export function orDash(s: string | null | undefined): string {
  return s?.trim() ? s.trim() : DASH;
}

/** The NIP of a person snapshot in the official grouping of its ASN type. */
export function personNip(p: PersonSnapshot | null): string {
  return p?.nip ? formatNip(p.nip, p.asnType) : DASH;
}

/**
 * A NIP in the official grouping when the ASN type is not known (calibration rows, signers): a PNS NIP carries a
 * TMT month (0x or 1x) where a PPPK NIP carries the code `2x`, so at most one of the two reads is valid.
 */
export function formatNipAuto(nip: string | null | undefined): string {
  if (!nip?.trim()) return DASH;
  if (parseNip(nip, 'PNS').ok) return formatNip(nip, 'PNS');
  if (parseNip(nip, 'PPPK').ok) return formatNip(nip, 'PPPK');
  return formatNip(nip, 'PNS');
}

/** `2026-03-31` → `31 Maret 2026` (a calendar date, whatever the machine's time zone). */
export function formatDayId(day: string): string {
  return formatDateId(new Date(`${day}T12:00:00+07:00`));
}

/** An ISO instant → its Indonesian calendar date in Asia/Jakarta; null → the dash. */
export function formatInstantId(instant: string | null | undefined): string {
  return instant ? formatDateId(new Date(instant)) : DASH;
}

/** `12 kunjungan`, `80 – 90 %`, or the narrative target; numbers in Indonesian format (`1.250,5`). */
export function formatTarget(i: Pick<IndicatorView, 'target' | 'targetMax' | 'targetText' | 'unit'>): string {
  const parts: string[] = [];
  if (i.target !== null) {
    const unit = i.unit?.trim() ? ` ${i.unit.trim()}` : '';
    const value =
      i.targetMax !== null && i.targetMax !== i.target
        ? `${formatNumberId(i.target)} – ${formatNumberId(i.targetMax)}`
        : formatNumberId(i.target);
    parts.push(`${value}${unit}`);
  }
  if (i.targetText?.trim()) parts.push(i.targetText.trim());
  return parts.length > 0 ? parts.join('\n') : DASH;
}
