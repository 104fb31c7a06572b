import { useTranslation } from 'react-i18next';
import type { Analysis, Journey } from '../domain';
import { type AppState, useStore } from '../store';
import type { JourneySource } from '../store/journeySlice';
import { DemoNotice } from './DemoNotice';
import { isEmptyJourney } from './EmptyJourney';
import type { Labels } from '../kit/useLabels';
import { isolate } from '../kit/isolate';
import '../kit/userText.css';

const selectSetParticipantForm = (s: AppState) => s.setParticipantForm;

export function JourneyHeader(props: {
  journey: Journey;
  source: JourneySource;
  analysis: Analysis;
  asOf: string;
  asOfIsToday: boolean;
  labels: Labels;
}) {
  const { journey, source, analysis, asOf, asOfIsToday, labels } = props;
  const { t } = useTranslation();
  const setParticipantForm = useStore(selectSetParticipantForm);
  const { ref, name, birthYear } = journey.participant;
  return (
    <header className="journey-header">
      <div className="journey-title">
        <h1 data-testid="journey-heading">
          {name
            ? t('journey.headingNamed', { name: isolate(name), ref: isolate(ref) })
            : t('journey.heading', { ref: isolate(ref) })}
        </h1>
        <DemoNotice />
      </div>
      <p className="meta">
        {birthYear !== undefined && <span>{t('journey.born', { year: birthYear })}</span>}
        <span>
          {asOfIsToday
            ? t('journey.asOfToday', { date: labels.day(asOf) })
            : t('journey.asOf', { date: labels.day(asOf) })}
        </span>
        {analysis.horizon && (
          <span>
            {t('journey.horizon', { from: labels.day(analysis.horizon.from), to: labels.day(analysis.horizon.to) })}
          </span>
        )}
        {journey.closed && (
          <span>
            {t('journey.closed', { date: labels.day(journey.closed.date), reason: isolate(journey.closed.reason) })}
          </span>
        )}
        {(source.kind === 'demo' || source.kind === 'file') && (
          <span>
            {t('journey.source', { source: source.kind === 'demo' ? t('journey.demoSource') : isolate(source.name) })}
          </span>
        )}
        <span>
          <button
            type="button"
            className="link-button participant-link"
            data-testid="edit-participant"
            data-editing=""
            onClick={() => setParticipantForm('edit')}
          >
            {t('newJourney.editParticipant')}
          </button>
        </span>
      </p>
      {/* An empty journey says what to do in the chart's place (EmptyJourney). */}
      {!analysis.horizon && !isEmptyJourney(journey) && <p>{t('journey.noHorizon')}</p>}
    </header>
  );
}
