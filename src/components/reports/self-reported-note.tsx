/** Says plainly what records sent by learners are worth, and where authoritative ones come from. */
export function SelfReportedNote() {
  return (
    <aside className="notice self-reported" aria-label="About these records">
      <p>
        <strong>These records are self-reported.</strong> Learners who take the course on its own send them
        from their own browser, so a determined person could alter one (the checksum catches accidents and
        casual edits, not forgery). For authoritative records, run the course from your learning management
        system (LMS) as a SCORM package, or have it report to a learning record store (LRS).
      </p>
    </aside>
  );
}
