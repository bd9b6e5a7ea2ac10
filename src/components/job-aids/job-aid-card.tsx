import type { JobAid } from '../../domain/course/job-aid-types';
import './job-aids.css';

/** One lesson's card: the ideas, the phrases that work and the phrases to avoid. Sized for one printed page. */
export function JobAidCard({ card }: { card: JobAid }) {
  return (
    <div className="job-aid-card">
      <section aria-labelledby="card-ideas">
        <h2 id="card-ideas">The ideas</h2>
        <ul className="job-aid-ideas">
          {card.ideas.map((idea) => (
            <li key={idea}>{idea}</li>
          ))}
        </ul>
      </section>
      <div className="job-aid-phrases">
        <section aria-labelledby="card-works" className="job-aid-works">
          <h2 id="card-works">Phrases that work</h2>
          <ul>
            {card.phrasesThatWork.map((p) => (
              <li key={p.say}>
                <strong>{p.say}</strong>
                <span className="job-aid-why">{p.why}</span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="card-avoid" className="job-aid-avoid">
          <h2 id="card-avoid">Phrases to avoid</h2>
          <ul>
            {card.phrasesToAvoid.map((p) => (
              <li key={p.say}>
                <strong>
                  <span className="visually-hidden">Avoid: </span>
                  {p.say}
                </strong>
                <span className="job-aid-why">Try instead: {p.instead}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
