//! Where a person is in a form, and where each post takes them: questions → check → download or
//! send → sent, with Change going back to a section; or, for a form that ends in a result,
//! questions → result → its calendar file. Pure: the server does the work this module
//! asks for (make a PDF, send it) and hands the outcome back.

use super::{
    answers::Answers,
    decode::{DrawingProblem, FormPost, ShowingPage},
    definition::{Ending, Screens},
    validate::{dates_as_numbers, validate, FieldError},
};

/// Which page of the form a person sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Questions,
    Check,
    /// The relay took the message: the confirmation, with the reference it was sent under.
    Sent {
        reference: String,
    },
    /// What the answers work out to, for a form with `Ending::Result`.
    Result,
}

/// Why the check page is shown again after Send or Download PDF: each says what happened and
/// what to do, and the page still holds every answer and the Download PDF button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// The relay could not be reached, timed out, or kept saying "try later".
    TryLater,
    /// The relay refused the message, or something else will not clear up by itself.
    CannotSend,
    /// The field people never see was filled in: nothing was sent, in case it was a robot.
    HiddenFieldFilled,
    /// This client has sent too many forms in the last hour.
    TooManySends,
    /// This client has made too many PDFs in the last minute.
    TooManyPdfs,
    /// The PDF could not be made.
    PdfFailed,
    /// The picture added on the check page could not be used; nothing was made or sent.
    Drawing(DrawingProblem),
}

impl Problem {
    /// Fluent ids of the title and the text.
    pub fn message_ids(self) -> (&'static str, &'static str) {
        match self {
            Problem::TryLater => (
                "send-problem-try-later-title",
                "send-problem-try-later-text",
            ),
            Problem::CannotSend | Problem::HiddenFieldFilled => (
                "send-problem-cannot-send-title",
                "send-problem-cannot-send-text",
            ),
            Problem::TooManySends => ("send-problem-too-many-title", "send-problem-too-many-text"),
            Problem::TooManyPdfs => (
                "send-problem-pdf-too-many-title",
                "send-problem-pdf-too-many-text",
            ),
            Problem::PdfFailed => (
                "send-problem-pdf-failed-title",
                "send-problem-pdf-failed-text",
            ),
            Problem::Drawing(drawing) => ("drawing-problem-title", drawing.message_id()),
        }
    }

    /// Whether the person should be shown how to send the PDF themselves.
    pub fn about_sending(self) -> bool {
        matches!(
            self,
            Problem::TryLater
                | Problem::CannotSend
                | Problem::HiddenFieldFilled
                | Problem::TooManySends
        )
    }
}

/// What a page of the form shows: the answers so far and where the person is.
#[derive(Debug, Clone)]
pub struct Screen {
    pub answers: Answers,
    pub errors: Vec<FieldError>,
    pub step: Step,
    /// What went wrong with sending or the PDF, and the reference it was tried under (so a
    /// person who phones can quote it).
    pub problem: Option<(Problem, Option<String>)>,
    /// Characters in the answers that the PDF cannot draw. The PDF's fonts know, so the server
    /// fills this in before a check page is shown: each answer's label (a Fluent id) with its
    /// characters, so the parent knows where to look.
    pub unprintable: Vec<(&'static str, Vec<char>)>,
    /// On a form shown section by section, the section (anchor) this questions screen holds.
    pub at: Option<&'static str>,
    /// Whether the person came from the check page by Change (Continue goes back there).
    pub returning: bool,
}

impl Screen {
    /// The questions, empty or with answers kept. A form shown section by section opens at
    /// the section of the first error, or at its first section; that screen shows only its
    /// own errors.
    pub fn questions(answers: Answers, errors: Vec<FieldError>) -> Screen {
        let form = answers.form;
        let at = match form.screens {
            Screens::OnePage => None,
            Screens::SectionBySection => errors
                .first()
                .and_then(|error| form.section_of(error.field))
                .or(form.sections.first())
                .map(|section| section.anchor),
        };
        match at {
            Some(anchor) => Screen::section(answers, errors, anchor, false),
            None => Screen {
                answers,
                errors,
                step: Step::Questions,
                problem: None,
                unprintable: Vec::new(),
                at: None,
                returning: false,
            },
        }
    }

    /// One screen of a form shown section by section, with the errors that belong to it.
    pub fn section(
        answers: Answers,
        errors: Vec<FieldError>,
        anchor: &'static str,
        returning: bool,
    ) -> Screen {
        let errors = in_section(&answers, errors, anchor);
        Screen {
            answers,
            errors,
            step: Step::Questions,
            problem: None,
            unprintable: Vec::new(),
            at: Some(anchor),
            returning,
        }
    }

    /// "Check your answers", with or without a notice of what went wrong.
    pub fn check(answers: Answers, problem: Option<(Problem, Option<String>)>) -> Screen {
        Screen {
            answers,
            errors: Vec::new(),
            step: Step::Check,
            problem,
            unprintable: Vec::new(),
            at: None,
            returning: false,
        }
    }

    /// The page worked out from the answers.
    pub fn result(answers: Answers) -> Screen {
        Screen {
            answers,
            errors: Vec::new(),
            step: Step::Result,
            problem: None,
            unprintable: Vec::new(),
            at: None,
            returning: false,
        }
    }
}

/// Which button sent the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Continue from the questions, or Change from the check page.
    Continue,
    DownloadPdf,
    Send,
    /// "Add to my calendar" on a result page.
    Calendar,
}

/// The work a post needs done, limited per client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Work {
    MakePdf,
    Send,
}

/// What to do next.
#[derive(Debug, Clone)]
pub enum Next {
    Show(Screen),
    MakePdf(Answers),
    Send(Answers),
    /// The result's calendar file, made from the answers; `named_titles` if the person chose
    /// titles that say what each date is.
    MakeCalendar {
        answers: Answers,
        named_titles: bool,
    },
}

/// Where a post goes. `month_words` (each month's words in the page's language, January first)
/// let a date's month be typed as a word. `allowed` is asked only once the answers pass, so a form with mistakes
/// never uses up a client's allowance of PDFs or sends.
pub fn after_post(
    action: Action,
    post: FormPost,
    month_words: &[Vec<String>],
    allowed: impl FnOnce(Work) -> bool,
) -> Next {
    let FormPost {
        answers: as_typed,
        change,
        honeypot_filled,
        named_titles,
        screen,
        returning,
        switching_language,
        drawing_problem,
    } = post;
    // "27th" and "March" become the numbers the boxes ask for; the questions page shows the
    // answers as they were typed, so nothing the person wrote changes under them.
    let answers = dates_as_numbers(as_typed.clone(), month_words);
    let by_section = answers.form.screens == Screens::SectionBySection;
    if let Some(showing) = switching_language {
        return Next::Show(in_another_language(
            showing, as_typed, answers, screen, returning,
        ));
    }
    if action == Action::Continue {
        match (change, by_section) {
            // Change on the check page, or Back on a screen: that section, nothing checked.
            (Some(anchor), true) => {
                return Next::Show(Screen::section(as_typed, Vec::new(), anchor, returning))
            }
            (Some(_), false) => return Next::Show(Screen::questions(as_typed, Vec::new())),
            (None, _) => {}
        }
        if let Some(anchor) = screen.filter(|_| by_section) {
            // Continue on one screen: its own mistakes first, then the next screen (or, back
            // from the check page, the check page once everything passes).
            let here = in_section(&answers, validate(&answers), anchor);
            if !here.is_empty() {
                return Next::Show(Screen::section(as_typed, here, anchor, returning));
            }
            if let Some(next) = answers.form.section_after(anchor).filter(|_| !returning) {
                return Next::Show(Screen::section(as_typed, Vec::new(), next.anchor, false));
            }
        }
    }
    let errors = validate(&answers);
    if !errors.is_empty() {
        return Next::Show(Screen::questions(as_typed, errors));
    }
    if let Ending::Result(_) = answers.form.ending {
        // Nothing is sent and no PDF is made: the result page, or its calendar file.
        return match action {
            Action::Calendar => Next::MakeCalendar {
                answers,
                named_titles,
            },
            _ => Next::Show(Screen::result(answers)),
        };
    }
    let work = match action {
        // A calendar is only for a form that ends in a result; anything else goes to check.
        Action::Continue | Action::Calendar => return Next::Show(Screen::check(answers, None)),
        // A person never sees the honeypot. If it is filled, nothing is sent, but the page
        // still keeps every answer and offers the PDF, in case a person's browser filled it.
        Action::Send if honeypot_filled => {
            return Next::Show(Screen::check(
                answers,
                Some((Problem::HiddenFieldFilled, None)),
            ))
        }
        Action::Send => Work::Send,
        Action::DownloadPdf => Work::MakePdf,
    };
    // A picture that cannot be used stops both: the check page says why, with every answer
    // kept, before any allowance is used.
    if let Some(problem) = drawing_problem {
        return Next::Show(Screen::check(
            answers,
            Some((Problem::Drawing(problem), None)),
        ));
    }
    match (work, allowed(work)) {
        (Work::MakePdf, true) => Next::MakePdf(answers),
        (Work::Send, true) => Next::Send(answers),
        (Work::MakePdf, false) => {
            Next::Show(Screen::check(answers, Some((Problem::TooManyPdfs, None))))
        }
        (Work::Send, false) => {
            Next::Show(Screen::check(answers, Some((Problem::TooManySends, None))))
        }
    }
}

/// The page the person was on, again, after they chose another language: nothing is checked
/// that was not checked before, and every answer stays as typed.
fn in_another_language(
    showing: ShowingPage,
    as_typed: Answers,
    answers: Answers,
    screen: Option<&'static str>,
    returning: bool,
) -> Screen {
    let form = answers.form;
    if showing == ShowingPage::Questions {
        return match (
            form.screens,
            screen.or(form.sections.first().map(|s| s.anchor)),
        ) {
            (Screens::SectionBySection, Some(anchor)) => {
                Screen::section(as_typed, Vec::new(), anchor, returning)
            }
            _ => Screen::questions(as_typed, Vec::new()),
        };
    }
    // The check and result pages are only ever shown for answers that pass; a post that says
    // otherwise goes back to the questions with its mistakes.
    let errors = validate(&answers);
    if !errors.is_empty() {
        return Screen::questions(as_typed, errors);
    }
    match showing {
        ShowingPage::Result => Screen::result(answers),
        _ => Screen::check(answers, None),
    }
}

/// The errors that belong to the section `anchor`.
fn in_section(answers: &Answers, errors: Vec<FieldError>, anchor: &str) -> Vec<FieldError> {
    let form = answers.form;
    errors
        .into_iter()
        .filter(|error| form.section_of(error.field).map(|s| s.anchor) == Some(anchor))
        .collect()
}

/// How a send ended, as far as the person needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendOutcome {
    Delivered,
    NoPdf,
    MayWorkLater,
    Refused,
}

/// The page after a send was tried under `reference`.
pub fn after_send(answers: Answers, outcome: SendOutcome, reference: String) -> Screen {
    let problem = match outcome {
        SendOutcome::Delivered => {
            return Screen {
                answers,
                errors: Vec::new(),
                step: Step::Sent { reference },
                problem: None,
                unprintable: Vec::new(),
                at: None,
                returning: false,
            }
        }
        SendOutcome::NoPdf => Problem::PdfFailed,
        SendOutcome::MayWorkLater => Problem::TryLater,
        SendOutcome::Refused => Problem::CannotSend,
    };
    Screen::check(answers, Some((problem, Some(reference))))
}

/// The page after the PDF could not be made for a download.
pub fn after_pdf_failed(answers: Answers) -> Screen {
    Screen::check(answers, Some((Problem::PdfFailed, None)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::{decode::read_post, test_form::TEST_FORM};

    fn post(body: &str) -> FormPost {
        read_post(&TEST_FORM, body.as_bytes()).expect("readable")
    }

    const VALID: &str = "nickname=Ann&story=Once";

    fn shown(next: Next) -> Screen {
        match next {
            Next::Show(screen) => screen,
            other => panic!("expected a page, got {other:?}"),
        }
    }

    #[test]
    fn continue_goes_to_check_or_back_to_the_questions_with_errors() {
        let screen = shown(after_post(Action::Continue, post(VALID), &[], |_| true));
        assert_eq!(screen.step, Step::Check);
        let screen = shown(after_post(
            Action::Continue,
            post("story=kept"),
            &[],
            |_| true,
        ));
        assert_eq!(screen.step, Step::Questions);
        assert_eq!(screen.errors.len(), 1);
        assert_eq!(screen.answers.get("story"), "kept");
    }

    #[test]
    fn change_goes_back_to_the_questions_without_errors() {
        let screen = shown(after_post(
            Action::Continue,
            post("story=kept&change=about"),
            &[],
            |_| panic!("no work"),
        ));
        assert_eq!(screen.step, Step::Questions);
        assert!(screen.errors.is_empty());
    }

    #[test]
    fn the_allowance_is_asked_only_for_answers_that_pass() {
        let mut asked = Vec::new();
        let next = after_post(Action::DownloadPdf, post("story=x"), &[], |work| {
            asked.push(work);
            true
        });
        assert!(matches!(next, Next::Show(_)));
        assert!(asked.is_empty());
        assert!(matches!(
            after_post(Action::DownloadPdf, post(VALID), &[], |_| true),
            Next::MakePdf(_)
        ));
        let screen = shown(after_post(Action::DownloadPdf, post(VALID), &[], |_| false));
        assert_eq!(screen.problem, Some((Problem::TooManyPdfs, None)));
    }

    #[test]
    fn send_checks_the_honeypot_before_the_allowance() {
        let screen = shown(after_post(
            Action::Send,
            post(&format!("{VALID}&website=spam")),
            &[],
            |_| panic!("a robot's send must not count"),
        ));
        assert_eq!(screen.problem, Some((Problem::HiddenFieldFilled, None)));
        assert_eq!(screen.answers.get("story"), "Once");
        assert!(matches!(
            after_post(Action::Send, post(VALID), &[], |work| work == Work::Send),
            Next::Send(_)
        ));
        let screen = shown(after_post(Action::Send, post(VALID), &[], |_| false));
        assert_eq!(screen.problem, Some((Problem::TooManySends, None)));
    }

    #[test]
    fn a_send_ends_sent_or_back_at_check_with_the_reference() {
        let answers = post(VALID).answers;
        let sent = after_send(answers.clone(), SendOutcome::Delivered, "R".into());
        assert_eq!(
            sent.step,
            Step::Sent {
                reference: "R".into()
            }
        );
        for (outcome, problem) in [
            (SendOutcome::NoPdf, Problem::PdfFailed),
            (SendOutcome::MayWorkLater, Problem::TryLater),
            (SendOutcome::Refused, Problem::CannotSend),
        ] {
            let screen = after_send(answers.clone(), outcome, "R".into());
            assert_eq!(screen.step, Step::Check);
            assert_eq!(screen.problem, Some((problem, Some("R".into()))));
            assert_eq!(screen.answers, answers);
        }
    }

    fn paged(body: &str) -> FormPost {
        read_post(&crate::forms::test_form::TEST_PAGED_FORM, body.as_bytes()).expect("readable")
    }

    #[test]
    fn a_form_shown_section_by_section_opens_at_its_first_screen() {
        let empty = Answers::empty(&crate::forms::test_form::TEST_PAGED_FORM);
        assert_eq!(Screen::questions(empty, Vec::new()).at, Some("about"));
    }

    #[test]
    fn continue_checks_only_this_screen_then_shows_the_next() {
        // The story's rule belongs to the next screen, so it does not stop this one.
        let screen = shown(after_post(
            Action::Continue,
            paged("screen=about&nickname=Ann"),
            &[],
            |_| panic!("no work"),
        ));
        assert_eq!(
            (screen.step.clone(), screen.at),
            (Step::Questions, Some("tale"))
        );
        assert!(screen.errors.is_empty());
        assert_eq!(screen.answers.get("nickname"), "Ann");
        // A mistake on this screen keeps it, with only its own errors and every answer.
        let screen = shown(after_post(
            Action::Continue,
            paged("screen=about&story=kept&when-day=40&when-month=1&when-year=2030"),
            &[],
            |_| panic!("no work"),
        ));
        assert_eq!(screen.at, Some("about"));
        let fields: Vec<_> = screen.errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, vec!["nickname", "when-day"]);
        assert_eq!(screen.answers.get("story"), "kept");
    }

    #[test]
    fn the_last_screen_leads_to_check_or_to_the_first_screen_with_a_mistake() {
        let screen = shown(after_post(
            Action::Continue,
            paged("screen=tale&nickname=Ann&story=Once"),
            &[],
            |_| panic!("no work"),
        ));
        assert_eq!((screen.step.clone(), screen.at), (Step::Check, None));
        // A tampered post that skipped the first screen is sent back to it.
        let screen = shown(after_post(
            Action::Continue,
            paged("screen=tale&story=Once"),
            &[],
            |_| panic!("no work"),
        ));
        assert_eq!(screen.at, Some("about"));
        assert_eq!(screen.errors.len(), 1);
    }

    #[test]
    fn change_and_back_show_a_screen_and_returning_goes_straight_back_to_check() {
        let screen = shown(after_post(
            Action::Continue,
            paged("nickname=Ann&story=Once&change=about&returning=yes"),
            &[],
            |_| panic!("no work"),
        ));
        assert_eq!((screen.at, screen.returning), (Some("about"), true));
        let screen = shown(after_post(
            Action::Continue,
            paged("nickname=Bea&story=Once&screen=about&returning=yes"),
            &[],
            |_| panic!("no work"),
        ));
        assert_eq!(screen.step, Step::Check);
        assert_eq!(screen.answers.get("nickname"), "Bea");
        // Without returning, Continue walks on to the next screen.
        let screen = shown(after_post(
            Action::Continue,
            paged("nickname=Bea&story=Once&screen=about"),
            &[],
            |_| panic!("no work"),
        ));
        assert_eq!(screen.at, Some("tale"));
    }

    #[test]
    fn a_bad_picture_keeps_the_check_page_and_uses_no_allowance() {
        let mut post = paged("nickname=Ann&story=Once");
        post.drawing_problem = Some(DrawingProblem::TooManyPixels);
        let screen = shown(after_post(Action::DownloadPdf, post, &[], |_| {
            panic!("a refused picture must not count")
        }));
        assert_eq!(screen.step, Step::Check);
        assert_eq!(
            screen.problem,
            Some((Problem::Drawing(DrawingProblem::TooManyPixels), None))
        );
        assert_eq!(screen.answers.get("story"), "Once");
    }
}
