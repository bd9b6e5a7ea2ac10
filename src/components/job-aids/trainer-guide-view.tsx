import type { TrainerGuide } from '../../domain/course/job-aid-types';
import './job-aids.css';

/** The trainer guide: a session plan per module, the floor checklist, and the 30 days after the course. */
export function TrainerGuideView({
  guide,
  moduleNumber,
}: {
  guide: TrainerGuide;
  moduleNumber: (slug: string) => number;
}) {
  return (
    <div className="trainer-guide">
      <p className="lead">{guide.intro}</p>
      <nav aria-label="In this guide" className="no-print">
        <ul className="trainer-guide-toc">
          <li>
            <a href="#session-plans">Session plans</a>
          </li>
          <li>
            <a href="#observation-checklist">Observation checklist</a>
          </li>
          <li>
            <a href="#follow-up">30-day follow-up</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="session-plans" className="trainer-guide-part">
        <h2 id="session-plans">Session plans</h2>
        {guide.sessions.map((session) => (
          <article key={session.slug} className="trainer-session" aria-labelledby={`session-${session.slug}`}>
            <h3 id={`session-${session.slug}`}>
              Module {moduleNumber(session.slug)}: {session.title}{' '}
              <span className="trainer-session-minutes">· {session.minutes} minutes</span>
            </h3>
            <p>
              <strong>Goal:</strong> {session.goal}
            </p>
            <table className="trainer-steps">
              <caption className="visually-hidden">Plan for {session.title}</caption>
              <thead>
                <tr>
                  <th scope="col">Minutes</th>
                  <th scope="col">Activity</th>
                </tr>
              </thead>
              <tbody>
                {session.steps.map((step) => (
                  <tr key={step.what}>
                    <td>{step.minutes}</td>
                    <td>{step.what}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h4>Discussion questions</h4>
            <ul>
              {session.questions.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          </article>
        ))}
      </section>

      <section aria-labelledby="observation-checklist" className="trainer-guide-part trainer-checklist">
        <h2 id="observation-checklist">Observation checklist for the floor</h2>
        <p>Watch for 20 minutes, tick what you see, and note one example for each tick.</p>
        <table>
          <thead>
            <tr>
              <th scope="col">Behaviour</th>
              <th scope="col">What to look for</th>
              <th scope="col">Module</th>
              <th scope="col">Seen</th>
            </tr>
          </thead>
          <tbody>
            {guide.checklist.map((item) => (
              <tr key={item.behaviour}>
                <th scope="row">{item.behaviour}</th>
                <td>{item.lookFor}</td>
                <td>{moduleNumber(item.slug)}</td>
                <td>
                  <span className="trainer-tick" aria-label="Not yet ticked" role="img" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="follow-up" className="trainer-guide-part">
        <h2 id="follow-up">30-day follow-up plan</h2>
        <ol className="trainer-follow-up">
          {guide.followUp.map((step) => (
            <li key={step.day}>
              <h3>
                Day {step.day}: {step.title}
              </h3>
              <ul>
                {step.actions.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
