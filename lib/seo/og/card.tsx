import type { CSSProperties, ReactElement } from 'react';
import { initials, placeholderColor } from '../../avatar-placeholder';
import { dictionary, type Locale } from '../../i18n';
import { siteFor } from '../../site';
import type { PreviewCard, PreviewPerson } from '../preview-cards';
import { CARD_FONT_FAMILY } from './fonts';

// The preview image's layout, for satori: flexbox only, inline styles, no browser. Colours follow the
// site's accent (globals.css) and stone text colours.

const ACCENT = '#1d44b9';
const ACCENT_TINT = '#eff5ff';
const INK = '#1c1917';
const MUTED = '#57534e';
const RULE = '#e7e5e4';
/** How many people fit as name chips, two rows of them. */
const MAX_CHIPS = 10;

function Avatar({ person, size }: { person: Pick<PreviewPerson, 'slug' | 'name'>; size: number }) {
  return (
    <div
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: size,
        height: size,
        flexShrink: 0,
        borderRadius: size / 2,
        backgroundColor: placeholderColor(person.slug),
        color: 'white',
        fontSize: size * 0.42,
        fontWeight: 700,
      }}
    >
      {initials(person.name)}
    </div>
  );
}

function DetailedPeople({ people }: { people: PreviewPerson[] }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 32, rowGap: 18 }}>
      {people.map((person) => (
        <div
          key={person.slug}
          style={{ display: 'flex', alignItems: 'center', gap: 16, width: 520 }}
        >
          <Avatar person={person} size={60} />
          <div style={{ display: 'flex', flexDirection: 'column', minWidth: 0 }}>
            <div style={{ fontSize: 30, fontWeight: 700, color: INK }}>{person.name}</div>
            <div style={{ display: 'block', fontSize: 22, color: MUTED, lineClamp: 1 }}>
              {person.detail}
            </div>
          </div>
        </div>
      ))}
    </div>
  );
}

function PeopleChips({ people, locale }: { people: PreviewPerson[]; locale: Locale }) {
  const shown = people.slice(0, MAX_CHIPS);
  const more = people.length - shown.length;
  const chip: CSSProperties = {
    display: 'flex',
    alignItems: 'center',
    gap: 10,
    fontSize: 24,
    color: INK,
  };
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 26, rowGap: 14 }}>
      {shown.map((person) => (
        <div key={person.slug} style={chip}>
          <Avatar person={person} size={40} />
          {person.name}
        </div>
      ))}
      {more > 0 ? <div style={{ ...chip, color: MUTED }}>{dictionary(locale).seo.morePeople(more)}</div> : null}
    </div>
  );
}

const titleSize = (title: string, crowded: boolean) => {
  const length = [...title].length;
  if (length <= 12) return crowded ? 64 : 76;
  if (length <= 24) return crowded ? 54 : 62;
  return crowded ? 48 : 54;
};

/** The card as satori elements: brand and kicker, title, subtitle, people or items, footer. */
export function PreviewCardLayout({ card }: { card: PreviewCard }): ReactElement {
  const detailed = card.people.some((person) => person.detail !== undefined);
  const crowded = card.people.length > 2 || card.items.length > 1;
  return (
    <div
      style={{
        display: 'flex',
        width: '100%',
        height: '100%',
        fontFamily: CARD_FONT_FAMILY,
        backgroundColor: 'white',
        backgroundImage: `linear-gradient(180deg, ${ACCENT_TINT} 0%, #ffffff 55%)`,
        borderLeft: `18px solid ${ACCENT}`,
      }}
    >
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          flexGrow: 1,
          padding: '44px 60px 40px 56px',
        }}
      >
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
          <div style={{ fontSize: 28, fontWeight: 700, color: ACCENT }}>{siteFor(card.locale).name}</div>
          {card.kicker ? (
            <div
              style={{
                fontSize: 24,
                fontWeight: 700,
                color: 'white',
                backgroundColor: ACCENT,
                borderRadius: 999,
                padding: '6px 22px',
              }}
            >
              {card.kicker}
            </div>
          ) : null}
        </div>

        <div
          style={{
            display: 'flex',
            flexDirection: 'column',
            justifyContent: 'center',
            flexGrow: 1,
            paddingBottom: 24,
          }}
        >
          <div style={{ display: 'flex', alignItems: 'center', gap: 36, marginTop: 24 }}>
            {card.portrait ? <Avatar person={card.portrait} size={150} /> : null}
            <div style={{ display: 'flex', flexDirection: 'column', flexShrink: 1, minWidth: 0 }}>
              <div
                style={{
                  display: 'block',
                  fontSize: titleSize(card.title, crowded),
                  fontWeight: 700,
                  color: INK,
                  lineHeight: 1.25,
                  lineClamp: 3,
                  textWrap: 'balance',
                }}
              >
                {card.title}
              </div>
              {card.subtitle ? (
                <div
                  style={{
                    display: 'block',
                    marginTop: 16,
                    fontSize: 30,
                    color: MUTED,
                    lineHeight: 1.4,
                    lineClamp: 2,
                  }}
                >
                  {card.subtitle}
                </div>
              ) : null}
            </div>
          </div>

          {card.items.length > 0 ? (
            <div style={{ display: 'flex', flexDirection: 'column', gap: 8, marginTop: 28 }}>
              {card.items.slice(0, 3).map((item) => (
                <div
                  key={item}
                  style={{ display: 'block', fontSize: 28, color: INK, lineClamp: 1 }}
                >
                  {item}
                </div>
              ))}
            </div>
          ) : null}

          {card.people.length > 0 ? (
            <div style={{ display: 'flex', marginTop: 32 }}>
              {detailed ? (
                <DetailedPeople people={card.people} />
              ) : (
                <PeopleChips people={card.people} locale={card.locale} />
              )}
            </div>
          ) : null}
        </div>

        {card.footer ? (
          <div
            style={{
              display: 'block',
              paddingTop: 18,
              borderTop: `2px solid ${RULE}`,
              fontSize: 24,
              color: MUTED,
              lineClamp: 1,
            }}
          >
            {card.footer}
          </div>
        ) : null}
      </div>
    </div>
  );
}

/** Every string the layout can draw for this card, so the font subset has each glyph. */
export function cardText(card: PreviewCard): string {
  const people = card.people.flatMap((person) => [
    person.name,
    person.detail ?? '',
    initials(person.name),
  ]);
  const portrait = card.portrait ? initials(card.portrait.name) : '';
  return [
    siteFor(card.locale).name,
    card.kicker,
    card.title,
    card.subtitle,
    ...people,
    portrait,
    ...card.items,
    card.footer,
    dictionary(card.locale).seo.morePeople(card.people.length),
    '0123456789…',
  ]
    .filter(Boolean)
    .join('');
}
