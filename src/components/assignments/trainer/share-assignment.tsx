import type { Assignment } from '../../../domain/assignments/assignment';
import { formatDate } from '../../../domain/assignments/due-dates';
import { CopyField } from '../learner/copy-field';
import { QrCode } from './qr-code';

/** The link to hand to learners, with a copy button, a QR code and an email draft. */
export function ShareAssignment({ assignment, url }: { assignment: Assignment; url: string }) {
  const subject = `Your customer service course: ${assignment.group}`;
  const body = `Please open this link, accept the assignment and complete it by ${formatDate(assignment.due)}:\n\n${url}\n`;
  return (
    <div className="share-assignment">
      <CopyField
        label={`Assignment link for ${assignment.group}`}
        value={url}
        buttonLabel="Copy link"
        hint="Everything about the assignment is inside the link; no server sees it."
      />
      <div className="share-row">
        <QrCode text={url} label={`QR code of the assignment link for ${assignment.group}`} />
        <p>
          Learners can scan the code with a phone camera, or you can{' '}
          <a href={`mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`}>
            start an email with the link
          </a>
          .
        </p>
      </div>
    </div>
  );
}
