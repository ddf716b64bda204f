/**
 * What to call a meeting the text never names: its kind, convener and day, built from facts and marked as
 * derived (`nameDerived`), never shown as the meeting's own name.
 */
export function describeMeeting(organizer: string | null, date: string | null): string {
  const day = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  return [
    'Hội nghị',
    organizer ? `của ${organizer}` : null,
    day ? `ngày ${Number(day[3])}/${Number(day[2])}/${day[1]}` : null,
  ]
    .filter(Boolean)
    .join(' ');
}
