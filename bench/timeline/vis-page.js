/* global window, document, vis */
/* The vis-timeline side of the bench: a journey file in, one item per intervention, one group per actor. */
(function () {
  let timeline = null;
  window.visChanged = 0;
  document.querySelector('input[type=file]').addEventListener('change', async (e) => {
    const file = e.target.files[0];
    const journey = JSON.parse(await file.text());
    const actors = [...new Set(journey.interventions.map((iv) => iv.actor))];
    const groups = new vis.DataSet(actors.map((a) => ({ id: a, content: a })));
    const items = new vis.DataSet(
      journey.interventions.map((iv) => ({
        id: iv.id,
        group: iv.actor,
        content: iv.title,
        title: `${iv.title}: ${iv.start} – ${iv.end}`,
        start: iv.start,
        end: iv.end,
      })),
    );
    document.querySelector('[data-testid=journey-heading]').textContent = journey.participant.ref;
    if (timeline) timeline.destroy();
    timeline = new vis.Timeline(document.getElementById('chart'), items, groups, { stack: true });
    timeline.on('changed', () => window.visChanged++);
  });
})();
