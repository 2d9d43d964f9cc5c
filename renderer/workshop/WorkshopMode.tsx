import { ChevronLeft, ChevronRight, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { performAction, useActionContext } from '../actions/ActionContextProvider';
import { useEditor } from '../store';
import { VotingBar } from './VotingBar';
import { WORKSHOP_ACTIONS } from './workshopActions';
import { WorkshopTimer } from './WorkshopTimer';
import { useWorkshopKeys } from './useWorkshopKeys';
import './workshop.css';
import { REGION } from '../keyboard/regions';

const action = (id: string) => WORKSHOP_ACTIONS.find((a) => a.id === id);

/**
 * Workshop mode's controls over the full-screen map (the editor's toolbar and side panel are
 * hidden): the stage in focus with buttons to step, the timer and the way out above, voting
 * below. Large type and targets of at least 48 px, for a room and a touch screen.
 */
export function WorkshopMode() {
  useWorkshopKeys();
  const { t } = useTranslation();
  const context = useActionContext();
  const run = (id: string) => {
    const found = action(id);
    if (found) performAction(found, context);
  };
  const rtl = useEditor((s) => s.doc?.direction === 'rtl');
  const stages = useEditor((s) => s.doc?.stages);
  const focusId = useEditor((s) => s.workshop.focusStageId);
  const index = stages?.findIndex((stage) => stage.id === focusId) ?? -1;
  const stage = stages?.[index];
  // In a right-to-left map the next stage is on the left: the buttons follow the canvas.
  const [leftLabel, rightLabel] = rtl
    ? ['workshop.nextStage', 'workshop.previousStage']
    : ['workshop.previousStage', 'workshop.nextStage'];
  return (
    <>
      <div
        className="js-workshop-bar js-workshop-top"
        role="region"
        aria-label={t('workshop.controls')}
        {...REGION}
      >
        <div className="js-workshop-stages">
          <button
            type="button"
            className="js-workshop-button js-workshop-icon"
            aria-label={t(leftLabel)}
            title={t(leftLabel)}
            onClick={() => run('workshopStageLeft')}
          >
            <ChevronLeft aria-hidden size={28} />
          </button>
          <h2 className="js-workshop-stage" aria-live="polite">
            {stage
              ? t('workshop.stageOf', {
                  index: index + 1,
                  count: stages?.length ?? 0,
                  name: stage.name,
                })
              : t('workshop.allStages')}
          </h2>
          <button
            type="button"
            className="js-workshop-button js-workshop-icon"
            aria-label={t(rightLabel)}
            title={t(rightLabel)}
            onClick={() => run('workshopStageRight')}
          >
            <ChevronRight aria-hidden size={28} />
          </button>
        </div>
        <WorkshopTimer />
        <button type="button" className="js-workshop-button" onClick={() => run('workshopLeave')}>
          <X aria-hidden size={24} />
          {t('workshop.actions.leave')}
        </button>
      </div>
      <VotingBar />
    </>
  );
}
