//! What a form is, as data: its sections, their questions, the rules that join questions, and
//! the Fluent ids of every word the form's pages, PDF and email use. The parent's report is one
//! definition (`crate::report::REPORT`); a second form is a second definition, never new code.

use crate::content::Picture;

/// One form of the site, reached at `/{lang}/{slug}`.
#[derive(Debug)]
pub struct FormDefinition {
    /// The path segment after the language, the same in every language.
    pub slug: &'static str,
    pub sections: &'static [Section],
    /// Checks that look at more than one question.
    pub rules: &'static [Rule],
    /// The label/value block at the top of the PDF, in order.
    pub details: &'static [Detail],
    pub texts: FormTexts,
    /// What Continue leads to once the answers pass.
    pub ending: Ending,
    /// Questions (by name, or a tick group's id) whose label says "(optional)" on the questions
    /// page, as GOV.UK marks a question a person may skip. The check page and PDF leave it out.
    pub marked_optional: &'static [&'static str],
    /// The dates worked out from a date answer, added to the PDF as a section of their own when
    /// the person asks for them (the parent's dates after the conference, in their report).
    pub key_dates: Option<KeyDatesFrom>,
    /// Pictures shown beside a tick (by its name) or at the top of a screen (by the section's
    /// anchor), for a reader who finds words hard (the child's views). Always beside words
    /// that say the same, so their alternative text is empty.
    pub pictures: &'static [(&'static str, Picture)],
    /// All the questions on one page, or one section per screen.
    pub screens: Screens,
    /// A picture the person may add on the last screen, to go in the PDF; `None` for none.
    pub drawing: Option<DrawingUpload>,
    /// A calm link shown on every screen of the form, to a guide page: (Fluent id of its
    /// words, the page's slug). The child's views link to "If you feel unsafe now".
    pub help_link: Option<(&'static str, &'static str)>,
}

/// How a form's questions are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screens {
    /// Every section on one page (the parent's report).
    OnePage,
    /// One section a screen, in order, with Continue and Back; every answer so far travels in
    /// hidden fields, so nothing is kept on the server between screens.
    SectionBySection,
}

/// The words for an optional picture (a photo of a drawing) added on the check page, next to
/// the PDF and send buttons, so the file never travels between screens. The server checks it
/// and re-encodes it before it goes in the PDF.
#[derive(Debug, Clone, Copy)]
pub struct DrawingUpload {
    /// The file box's label and hint.
    pub label: &'static str,
    pub hint: &'static str,
    /// The heading the picture goes under in the PDF, and its alternative text there.
    pub pdf_heading: &'static str,
    pub description: &'static str,
}

impl FormDefinition {
    /// The picture beside a tick or at the top of a screen, if the form gives one.
    pub fn picture_for(&self, name_or_anchor: &str) -> Option<Picture> {
        self.pictures
            .iter()
            .find(|(key, _)| *key == name_or_anchor)
            .map(|(_, picture)| *picture)
    }
}

/// Where a form's worked-out dates come from, and the section they make in the PDF.
#[derive(Debug)]
pub struct KeyDatesFrom {
    /// The tick that asks for the dates.
    pub include: &'static str,
    /// The date question they are worked out from.
    pub date: &'static str,
    /// The choice that says which conference it is ("initial" or "review").
    pub kind: &'static str,
    /// The PDF section's heading, and its first entry: a label and a line saying how the
    /// dates were worked out.
    pub heading: &'static str,
    pub how_label: &'static str,
    pub how: &'static str,
}

/// Where a form goes after its questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// "Check your answers", then Download PDF or Send to the conference chair (the report).
    CheckThenPdfOrSend,
    /// A page worked out from the answers, with a file to download from it; nothing is sent.
    Result(ResultKind),
}

/// Which result page (and file) a form with `Ending::Result` has. The pages and the server
/// each map a kind to their part; the engine only carries it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultKind {
    /// The parent's dates after a conference, and their calendar file.
    Dates,
}

/// The Fluent ids of the words that differ from one form to another. Words every form shares
/// ("Change", "Download PDF", the send and sent pages) have fixed ids in the pages themselves.
#[derive(Debug)]
pub struct FormTexts {
    /// The questions page: `<h1>` and `<title>`, its meta description and lead paragraph.
    pub title: &'static str,
    pub description: &'static str,
    pub lead: &'static str,
    /// Paragraphs between the lead and the first section, in order.
    pub intro: &'static [Intro],
    pub error_summary_title: &'static str,
    pub continue_button: &'static str,
    /// The check page's `<h1>` and lead.
    pub check_title: &'static str,
    pub check_lead: &'static str,
    /// The PDF's title, its footer, and the start of its file name (the date or reference follows).
    pub pdf_title: &'static str,
    pub pdf_footer: &'static str,
    pub file_name: &'static str,
    /// The email's subject, with `$reference`.
    pub mail_subject: &'static str,
}

/// A paragraph before the questions.
#[derive(Debug, Clone, Copy)]
pub enum Intro {
    /// GOV.UK's warning text: a "!" and bold words.
    Warning(&'static str),
    /// A paragraph that may hold `[words](page:slug)` links.
    Paragraph(&'static str),
}

/// A part of the form under its own heading; on the check page each has its Change button.
#[derive(Debug)]
pub struct Section {
    /// The section's fragment id on the form, and the value of its Change button.
    pub anchor: &'static str,
    pub heading: &'static str,
    pub intro: &'static str,
    pub questions: &'static [Question],
    /// Shown in the PDF's details block rather than as a section of its own.
    pub in_details: bool,
}

/// How a question is asked.
#[derive(Debug)]
pub enum Question {
    /// One line, or a text area with a character count.
    Text(TextQuestion),
    /// A date as three boxes: day, month and year.
    Date(DateQuestion),
    /// One of a few fixed answers (radio buttons).
    Choice(ChoiceQuestion),
    /// A group of tick boxes, some of which open a text box of their own.
    Ticks(TickGroup),
}

#[derive(Debug)]
pub struct TextQuestion {
    /// The form field's name and the element's id.
    pub name: &'static str,
    pub label: &'static str,
    pub hint: Option<&'static str>,
    /// A text area (several lines, with a character count) rather than one line.
    pub multiline: bool,
    pub max_chars: usize,
    /// The error shown when it is left empty; `None` for a question that may be skipped.
    pub required: Option<&'static str>,
    /// The browser's `autocomplete` token (`name`), or `off`.
    pub autocomplete: &'static str,
}

#[derive(Debug)]
pub struct DateQuestion {
    /// The question's own name (for rules and the PDF), and its three boxes' names: day, month,
    /// year. Errors about the whole date link to the day.
    pub name: &'static str,
    pub parts: [&'static str; 3],
    pub legend: &'static str,
    pub hint: &'static str,
    /// The years a date may fall in, both included.
    pub years: (i32, i32),
    /// Fluent ids of the errors: a box left empty, not a real date, a year out of range or not
    /// written with four numbers.
    pub incomplete: &'static str,
    pub invalid: &'static str,
    pub bad_year: &'static str,
}

#[derive(Debug)]
pub struct ChoiceQuestion {
    pub name: &'static str,
    pub label: &'static str,
    pub options: &'static [ChoiceOption],
}

#[derive(Debug)]
pub struct ChoiceOption {
    /// What the form sends.
    pub value: &'static str,
    /// Fluent id of the words beside the radio button, on the check page and in the PDF.
    pub label: &'static str,
}

#[derive(Debug)]
pub struct TickGroup {
    /// The fieldset's id, for its hint.
    pub id: &'static str,
    pub legend: &'static str,
    pub hint: &'static str,
    /// The label the PDF puts above the ticked boxes (one entry lists them all).
    pub summary_label: &'static str,
    pub ticks: &'static [Tick],
}

#[derive(Debug)]
pub struct Tick {
    pub name: &'static str,
    pub label: &'static str,
    /// A one-line box that belongs with the tick (such as which language), shown under it.
    pub detail: Option<TextQuestion>,
}

/// A check that joins several questions.
#[derive(Debug)]
pub enum Rule {
    /// At least one answer must be written in one of these sections (by anchor). The error
    /// links to `error_at`.
    SomethingWritten {
        sections: &'static [&'static str],
        error_at: &'static str,
        message: &'static str,
    },
    /// The question with these inputs must be answered: one of them must hold something.
    Answered {
        inputs: &'static [&'static str],
        error_at: &'static str,
        message: &'static str,
    },
    /// As `Answered`, but only when the tick `when_ticked` is ticked.
    AnsweredWhenTicked {
        when_ticked: &'static str,
        inputs: &'static [&'static str],
        error_at: &'static str,
        message: &'static str,
    },
}

/// One row of the PDF's details block.
#[derive(Debug)]
pub enum Detail {
    /// The council's name from the authority profile.
    Council { label: &'static str },
    /// A date question in words, or `missing` when it was left empty.
    Date {
        label: &'static str,
        question: &'static str,
        missing: &'static str,
    },
    /// A choice question's answer in words; no row when it was not answered.
    Choice {
        label: &'static str,
        question: &'static str,
    },
    /// A text answer; `always` shows the row even when the answer is empty.
    Answer {
        label: &'static str,
        question: &'static str,
        always: bool,
    },
}

/// What one form field (one `name` in the HTML) may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Input {
    pub name: &'static str,
    pub kind: InputKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// Text; line breaks are kept only when `multiline`.
    Text { multiline: bool, max_chars: usize },
    /// One of the three boxes of a date.
    DatePart { max_chars: usize },
    /// One value from a fixed list.
    Choice,
    /// A tick box: "yes" or nothing.
    Tick,
}

/// The longest each box of a date may be: day, month, year.
pub const DATE_PART_LENGTHS: [usize; 3] = [2, 2, 4];

impl FormDefinition {
    /// The section after `anchor` on a form shown section by section.
    pub fn section_after(&self, anchor: &str) -> Option<&'static Section>
    where
        Self: 'static,
    {
        let index = self.sections.iter().position(|s| s.anchor == anchor)?;
        self.sections.get(index + 1)
    }

    /// The section before `anchor`, for the Back button.
    pub fn section_before(&self, anchor: &str) -> Option<&'static Section>
    where
        Self: 'static,
    {
        let index = self.sections.iter().position(|s| s.anchor == anchor)?;
        index.checked_sub(1).and_then(|i| self.sections.get(i))
    }

    /// The section that holds the form field `name` (a rule's error field included).
    pub fn section_of(&self, name: &str) -> Option<&'static Section>
    where
        Self: 'static,
    {
        self.sections
            .iter()
            .find(|section| section.inputs().any(|input| input.name == name))
    }

    pub fn section(&self, anchor: &str) -> Option<&'static Section>
    where
        Self: 'static,
    {
        self.sections
            .iter()
            .find(|section| section.anchor == anchor)
    }

    /// Every form field of the form, in the order of the page.
    pub fn inputs(&self) -> impl Iterator<Item = Input> + '_ {
        self.sections.iter().flat_map(Section::inputs)
    }

    pub fn input(&self, name: &str) -> Option<Input> {
        self.inputs().find(|input| input.name == name)
    }

    /// The text question called `name`, wherever it is (a tick's detail box included).
    pub fn text_question(&self, name: &str) -> Option<&TextQuestion> {
        self.sections
            .iter()
            .flat_map(|section| section.questions)
            .find_map(|question| match question {
                Question::Text(text) if text.name == name => Some(text),
                Question::Ticks(group) => group
                    .ticks
                    .iter()
                    .filter_map(|tick| tick.detail.as_ref())
                    .find(|detail| detail.name == name),
                _ => None,
            })
    }

    pub fn choice_question(&self, name: &str) -> Option<&ChoiceQuestion> {
        self.sections
            .iter()
            .flat_map(|section| section.questions)
            .find_map(|question| match question {
                Question::Choice(choice) if choice.name == name => Some(choice),
                _ => None,
            })
    }

    pub fn date_question(&self, name: &str) -> Option<&DateQuestion> {
        self.sections
            .iter()
            .flat_map(|section| section.questions)
            .find_map(|question| match question {
                Question::Date(date) if date.name == name => Some(date),
                _ => None,
            })
    }

    /// The label of the question an input belongs to, for error messages (`$label`).
    pub fn label_of(&self, input_name: &str) -> Option<&'static str>
    where
        Self: 'static,
    {
        self.sections
            .iter()
            .flat_map(|section| section.questions)
            .find_map(|question| question.label_of(input_name))
    }
}

impl Section {
    pub fn inputs(&self) -> impl Iterator<Item = Input> + '_ {
        self.questions.iter().flat_map(Question::inputs)
    }
}

impl Question {
    /// The form fields this question sends.
    pub fn inputs(&self) -> Vec<Input> {
        match self {
            Question::Text(text) => vec![text.input()],
            Question::Date(date) => date
                .parts
                .iter()
                .zip(DATE_PART_LENGTHS)
                .map(|(name, max_chars)| Input {
                    name,
                    kind: InputKind::DatePart { max_chars },
                })
                .collect(),
            Question::Choice(choice) => vec![Input {
                name: choice.name,
                kind: InputKind::Choice,
            }],
            Question::Ticks(group) => group
                .ticks
                .iter()
                .flat_map(|tick| {
                    std::iter::once(Input {
                        name: tick.name,
                        kind: InputKind::Tick,
                    })
                    .chain(tick.detail.as_ref().map(TextQuestion::input))
                })
                .collect(),
        }
    }

    fn label_of(&'static self, input_name: &str) -> Option<&'static str> {
        match self {
            Question::Text(text) => (text.name == input_name).then_some(text.label),
            Question::Date(date) => date.parts.contains(&input_name).then_some(date.legend),
            Question::Choice(choice) => (choice.name == input_name).then_some(choice.label),
            Question::Ticks(group) => group.ticks.iter().find_map(|tick| {
                if tick.name == input_name {
                    Some(tick.label)
                } else {
                    tick.detail
                        .as_ref()
                        .filter(|detail| detail.name == input_name)
                        .map(|detail| detail.label)
                }
            }),
        }
    }
}

impl TextQuestion {
    pub fn input(&self) -> Input {
        Input {
            name: self.name,
            kind: InputKind::Text {
                multiline: self.multiline,
                max_chars: self.max_chars,
            },
        }
    }
}

impl ChoiceQuestion {
    pub fn option(&self, value: &str) -> Option<&ChoiceOption> {
        self.options.iter().find(|option| option.value == value)
    }
}
