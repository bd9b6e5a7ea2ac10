import { formatPercent } from '../../domain/assessment/certificate';

interface Props {
  course: string;
  learner: string;
  completedOn: string;
  score: number;
  modules: string[];
  /** True when the certificate covers only the modules an assignment named, not the whole course. */
  partial?: boolean;
  code: string;
}

/** The certificate itself: one landscape page on screen and in print. */
export function CertificateView({ course, learner, completedOn, score, modules, partial, code }: Props) {
  const date = new Date(`${completedOn}T12:00:00`).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return (
    <div className="certificate" role="group" aria-label="Certificate of completion">
      <p className="certificate-brand">Servewell</p>
      <p className="certificate-kicker">Certificate of completion</p>
      <p className="certificate-presented">This certifies that</p>
      <p className="certificate-name">{learner}</p>
      <p className="certificate-text">
        {partial ? (
          <>
            has completed the assigned modules of <strong>{course}</strong> and passed their final assessment
            with a score of <strong>{formatPercent(score)}</strong>.
          </>
        ) : (
          <>
            has completed <strong>{course}</strong> and passed its final assessment with a score of{' '}
            <strong>{formatPercent(score)}</strong>.
          </>
        )}
      </p>
      <div className="certificate-modules">
        <p className="certificate-label">{partial ? 'Assigned modules completed' : 'Modules completed'}</p>
        <ol>
          {modules.map((title) => (
            <li key={title}>{title}</li>
          ))}
        </ol>
      </div>
      <dl className="certificate-facts">
        <div>
          <dt>Completed on</dt>
          <dd>{date}</dd>
        </div>
        <div>
          <dt>Verification code</dt>
          <dd className="certificate-code">{code}</dd>
        </div>
      </dl>
    </div>
  );
}
