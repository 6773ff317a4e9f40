//! A realistic full report, written for this module: four sections of about 4 900 characters,
//! a few shorter answers and the details block. The tests use it, and `benches/pdf.rs` includes
//! this file too (it brings the report types into scope itself), so both measure the same thing.

use chrono::TimeZone;

use super::{ReportDocument, ReportEntry, ReportSection};

const ABOUT_THE_FAMILY: &str = "My name is Catrin Hughes and I live in Llanfair with my two children, Owain, who is nine, and Mali, who is four. My partner, Łukasz Nowak, moved in with us two years ago. He works shifts at the distribution centre outside town, so some weeks he is home in the day and some weeks he is out until late. Owain goes to Ysgol Gymraeg y Dref and is in Year 4. Mali started in the nursery class in September and she loves it, especially the singing and the sand tray.

We have lived in our house on Heol yr Eglwys for six years. It is a council house with three bedrooms and a small garden at the back. The children share a room at the moment because the third bedroom has damp in the corner of the ceiling. The council came out in October and said they would fix it, but it has not been done yet. I have rung them twice since and I have the reference number written down.

My mum, Gwenllïan, lives ten minutes away and she sees the children most days. She picks Owain up from school on Tuesdays and Thursdays when I am at my college course. My sister Siân lives in Caerdydd, so we do not see her as often, but she phones every Sunday and the children talk to her on video. Łukasz’s mother, Bożena, lives in Wrocław. She stayed with us for three weeks in the summer and taught Mali to count to ten in Polish. The children call her Babcia.

I grew up in this town and went to the same school as Owain. I left school at sixteen and worked in the café on the high street for eight years. I am now doing a level 2 course in health and social care at the college, two days a week, because I would like to work as a care assistant when Mali starts full-time school. I find the written work hard, but my tutor says I am doing well and I passed my first unit in November.

Owain is a kind boy. He worries about things more than other children his age, and he finds it hard when plans change at the last minute. He likes football, drawing maps and anything to do with trains. He is learning the harp at school, which I never expected. Mali is loud and funny and she follows Owain everywhere. She still wakes in the night sometimes and comes into our bed.

We speak Welsh and English at home. Łukasz speaks Polish to the children when he can, and they understand more than they let on. Owain says “dziękuję” to him as a joke, and Łukasz answers “diolch” back. It is a bit of a mix, but it works for us.

A normal weekday starts at seven. I get the children up, Owain has cereal and Mali has toast, and I check Owain has his reading book and his PE kit on the right days. We walk to school because it is only a quarter of a mile. After school the children have a snack, Owain does his homework at the kitchen table, and we have tea at about half past five. Bath time is at seven and both children are usually asleep by eight, although Owain likes to read under the covers with a torch.

At the weekends we try to go out, even if it is only to the park, or to the beach when the weather is good. Łukasz takes Owain to football training on Saturday mornings and stays to watch. On Sundays we have dinner at my mum’s house. Money is tight, so we do not do expensive things, but the children do not seem to mind as long as we are together.

Before all this started we had no contact with social services. The first time was in August, when the school rang me about the bruise on Owain’s arm. I understand why they had to ask, and I have tried to be honest with everyone since – even when it was hard to hear what people were saying about us.

I know that some things have not been easy for us this year. Łukasz lost his previous job in March and we fell behind with the rent for a while, which caused arguments. We have a payment plan now and we have kept to it every month since May. I am telling the conference this because I want you to have the whole picture, not just the bits that look good.

Our house is not fancy, but it is clean and warm, and the children have their own things around them: Owain’s train set takes up half of the bedroom floor, and Mali has a shelf for her teddies and her books. We eat together at the table most evenings. On Wednesdays we have “choose night”, when one of the children picks what we have for tea – usually fish fingers, or cawl from Nain’s recipe.

Owain has mild asthma, with a brown inhaler and a blue one. The school keeps a spare blue inhaler in the office. Mali has had all her injections, and she has her eyes checked next month because the nursery noticed she sits very close to the television. Both children are registered with Dr Jenkins at the surgery on Stryd Fawr and with the dentist in town. Owain had two fillings last year, so we are stricter about sweets now, and he brushes his teeth with a timer on my phone.

If the conference has questions about any of this, I am happy to answer them. I would much rather people asked me directly than guessed.";

const GOING_WELL: &str = "Since the meeting in September a lot of things have changed for the better, and I want the conference to know about them.

Owain’s attendance at school is now 98 per cent. Last year it was 86 per cent, mostly because of mornings when I could not get him out of the door. His teacher, Mrs Pritchard, told me at parents’ evening that he is more settled, that he puts his hand up in class now, and that his reading has gone up two levels since the summer. He has made a new friend, Dafydd, who lives on the next street, and they play together after school on Fridays.

Mali’s nursery says she is happy and confident. She was seen by the health visitor in October and she is on track with her speech and her weight. Her two-year check had said she was a bit behind with talking, so this was really good news for us. She now talks all the time, in both languages, and sometimes in a language that is all her own.

Łukasz and I went to the six-week parenting course at the family centre. At first I did not want to go, because I thought it meant people had decided we were bad parents. It was not like that. We learnt about how children react when the adults around them are stressed, and about giving clear choices instead of shouting. We use the “calm corner” idea at home now: when Owain is upset he can go to the beanbag in the front room with his headphones, and we talk afterwards when he is ready.

We have not had a single argument in front of the children since the summer. When we disagree now, we wait until they are in bed, or we go for a walk. Łukasz has been seeing his GP about his temper and his low mood, and he has had four sessions with the counsellor at the surgery. He says it helps to have someone outside the family to talk to. I can see the difference: he is calmer, he sleeps better and he laughs more with the kids.

The money situation is better. We saw the debt adviser at Citizens Advice in May and made a payment plan for the rent arrears. We have paid every month since then, on time. Łukasz has a permanent contract now, so his hours are more regular, and the adviser helped us claim the childcare support we did not know we could get.

The social worker, Ms Kowalczyk, has visited eleven times since August. Every visit was planned except one, and she has seen the children’s bedroom, the kitchen and the fridge. She has spoken to Owain on his own three times. I know Owain told her that he feels safe at home and that he likes it when we all watch a film together on Friday nights. I was nervous about her coming at first, but now the children ask when she is coming next.

My mum is a big help. She has agreed to be part of the safety plan, and she has a key to our house. If things ever got difficult again, the children know they can go to Nain’s, and Owain has her number in his school bag. She has come to two of the core group meetings and she says she will come to the conference if she can get the afternoon off.

I have kept a diary since September, as the social worker suggested, where I write down anything important: appointments, how the children slept, anything that upset them. It helps me to see that most days are good days. I have brought it with me in case the conference would like to see it.

I am proud of the progress we have made. It has not been easy – we have had to be honest about things we were ashamed of – but I think the children are happier now than they were a year ago, and so are we.

Owain has joined the after-school football club and the Urdd group on Monday evenings. At first he did not want to go without Łukasz, but now he walks in on his own. He came third in the Urdd drawing competition with a map of our street, drawn from memory, with every house and every lamp post in the right place.

The house is more organised than it was. We have a calendar on the kitchen wall with every appointment on it, in a different colour for each of us, and a list of who to ring if something goes wrong. The social worker helped me make it. The children like ticking off the days until Christmas.

I have stopped smoking. I had smoked since I was fifteen and I used to smoke in the back garden when the children were in bed. I stopped on the first of October with help from the pharmacy, and I have saved nearly eighty pounds, which is going towards Owain’s birthday present.

We also have more people around us than before. The family support worker, Rhian, comes every Wednesday and has helped with bedtimes and with getting out of the house in the mornings without rushing. The neighbours on both sides know us better now, and Mrs Jones next door has offered to have Mali for an hour if I ever need to take Owain to an appointment.

None of this happened by itself. It took a lot of work from us and from the people helping us, and I would like that work to carry on after the plan ends.";

const WORRIES: &str = "I want to be honest about what still worries me, because I think that is what this conference is for.

The biggest worry for me is the bruise in August. I have explained what happened many times, and I know not everyone believes it. Owain fell off the wall at the back of the garden when he was trying to get his ball from next door’s side. I was in the kitchen and I heard him cry. I put frozen peas on it and I did not take him to the doctor, because he could move his arm and he stopped crying after ten minutes. Looking back, I should have taken him to be checked, and I should have told the school the next morning instead of waiting for them to ask. I understand now why it looked bad when I did not say anything.

I am also worried that Owain has heard things he should not have heard. Before the summer, Łukasz and I argued a lot about money, sometimes loudly and late at night. Owain has told the social worker that he used to put his pillow over his head. That is hard for me to read. We have worked on this, as I said above, but I know that children remember things, and I want Owain to get some help with his worries if he needs it. I asked the school about the counselling service in October and he is on the waiting list.

I worry about what happens if Łukasz loses his job again, or if the rent goes up. We are managing now, but only just, and there is no money left over at the end of the month. If the washing machine broke, I do not know what we would do. The debt adviser gave us the number for the local welfare fund, and I have it on the fridge.

The damp in the third bedroom worries me because of Mali’s chest. She had a cough for most of October. The doctor said it was a virus, but the room smells musty and there is black mould in the corner behind the wardrobe. Until it is fixed the children have to share, and Owain says Mali keeps him awake. I have asked the social worker if she could write to the housing department for us, because they may listen to her more than to me.

Sometimes I worry that I am not good enough at the paperwork side of things. I find letters from the council and from social services hard to understand, with long words and lots of sections, and I am scared of missing something important. My sister helps me over the phone, but I would like someone to go through the plan with me in plain words before each core group meeting, so I know exactly what is expected of me and by when.

I worry about what the children will think when they are older and find out that social services were involved with our family. I do not want them to feel ashamed. I want them to know that we asked for help and that we listened.

I also worry about Łukasz’s mum. Bożena is not well, and if she gets worse he may need to go to Poland for a few weeks at short notice. I do not know how that would fit with the plan, and whether I would be allowed to manage on my own with my mum’s help. I would rather ask now than be told later that we did the wrong thing.

Finally, I worry about this meeting itself. There will be a lot of people in the room and I am afraid I will get upset and forget what I want to say. That is partly why I have written this report. If I go quiet, please read it, because everything I want to say is here.

There is also the question of Łukasz’s friend, Piotr, who stayed with us for a week in July. I know the police were called to the house next door while he was staying, and that this was mentioned in the referral. Piotr has not been to our house since, and Łukasz has told him that he cannot stay again. I want the conference to know that the children were never left alone with him.

I worry about Owain’s sleep. He still has nightmares once or twice a week, and on those nights he comes into our room and sleeps on the floor next to our bed. The health visitor gave me some leaflets about bedtime routines and we are trying them: no screens after six, a warm drink, and the same story every night. It is a bit better, but not fixed.

And I worry about my own health. I was on antidepressants after Mali was born, and I stopped taking them last year because I felt better. Sometimes, when things are bad, I can feel the low mood coming back – not wanting to get up, not wanting to answer the door. I have told my GP and I have an appointment next week to talk about it. I would rather get help early than wait until it affects the children.

I am also worried about the winter. Our heating is old and expensive to run, and last year we had to choose between the gas meter and the food shop more than once. This year we have put a little money aside, but not much.

I want to say clearly that none of these worries means the children are not safe. They are the things that keep me awake at night, and I think it is better to share them than to pretend everything is perfect…";

const HOPES: &str = "What I would like most is for the children to stay at home with us, with the right help, and for the plan to end when the conference agrees that they are safe and well.

I would like the conference to consider moving from a child protection plan to a child in need plan. I understand that this is the conference’s decision and not mine. I am asking because I believe the risks that worried everyone in August are much lower now, and because I want to keep working with the family support worker on a voluntary basis. I will keep going to every meeting and I will keep the diary.

For Owain, I would like him to get the school counselling as soon as a place comes up. I would also like him to have one trusted adult at school he can go to when he is worried – he gets on well with Mr Evans, the teaching assistant, and Owain has said he would choose him. I would like the school to tell me about anything that worries them on the same day, so that we can deal with it together instead of it coming up weeks later.

For Mali, I would like her to keep her place at nursery when she moves up to Reception, and I would like the health visitor to check her chest again in the new year. If the damp is not fixed by then, I would like a letter to go to the housing department from the conference, because it affects her health.

For me, I would like help with understanding letters and plans. A short meeting with the social worker a few days before each core group, where she explains what will be discussed in plain words, would help me a lot. I would also like a copy of the minutes in large print, because I find small print tiring to read. If there is a way to have the plan in Welsh as well as English, my mum would be able to read it properly too.

For Łukasz, I would like him to be able to carry on with the counselling at the surgery after the six free sessions finish. He has asked, and they said there is a waiting list for longer-term support. If the conference can help with a referral, we would be grateful.

For all of us, I would like to be part of the decisions. I know that professionals have to share information with each other, and I am not against that. But I would like to be told what is being shared and why, and to have a chance to correct things that are wrong. In the last report, the name of Owain’s school was wrong and it said Mali was three, not four. Those are small mistakes, but they made me feel that nobody had really read our file.

If the conference decides that the plan should carry on, I will accept that and keep working with everyone. I only ask that the plan says clearly what we need to do to show that the children are safe, so that we have something to work towards and we know when we have got there.

I would like the conference to know what a good outcome would look like for us, in everyday terms. It would mean Owain going to school every day without a stomach ache. It would mean Mali sleeping in her own bed in a dry room. It would mean Łukasz and me sorting out problems calmly, and knowing who to ring when we cannot. And it would mean that, one day, we do not need professionals in our lives at all, because we have the support of our family and our community instead.

I would like the plan to include my mum properly. She is the person the children run to, and she has been there every week. If she could be invited to the core group meetings in writing, with the times and the address, it would be easier for her to get the time off work.

I would also like the conference to think about the timing of meetings. Most of them have been at ten in the morning, which means I miss my college course. If some meetings could be in the afternoon on Mondays, Wednesdays or Fridays, I could come to all of them and still finish my course. I do not want to have to choose between the two.

If the children need to be spoken to again, I would like it to happen at school or at home, with someone they know. Owain gets very anxious in new buildings, and after the last interview at the office he did not sleep for two nights. Mali is too young to understand what is happening, and I would like her to be told, simply, that everyone is trying to help our family. Owain has asked if he can write something for the conference himself. He has drawn a picture of our family at the beach, and I have brought it with me.

Lastly, I would like the conference to agree a date for the next review today, so that we all know how long we have to show what we can do, and what will happen at the end of that time.

I would like to thank Ms Kowalczyk, Mrs Pritchard and the staff at the family centre. They have treated us with respect, even when things were difficult, and they have helped us to be better parents. I know we still have work to do, and I am ready to do it. Diolch yn fawr – thank you for reading this.";

/// The full report the benchmark renders: four sections of about 4 900 characters each,
/// a few shorter answers, and the details block.
pub fn full_report() -> ReportDocument {
    let entry = |label: &str, text: &str| ReportEntry {
        label: label.to_string(),
        text: text.to_string(),
    };
    ReportDocument {
        language: "en".to_string(),
        title: "My report for the Child Protection Conference".to_string(),
        details: vec![
            ("Council".to_string(), "Exampleshire County Council".to_string()),
            ("Date of the conference".to_string(), "3 December 2026".to_string()),
            ("Written by".to_string(), "Catrin Hughes, mother".to_string()),
            ("About".to_string(), "Owain Hughes (9) and Mali Hughes (4)".to_string()),
        ],
        sections: vec![
            ReportSection {
                heading: "About me and my family".to_string(),
                heading_in_english: None,
                entries: vec![
                    entry("Tell the conference about your family", ABOUT_THE_FAMILY),
                    entry(
                        "Who is important to your children?",
                        "Nain (my mum, Gwenllïan), Babcia Bożena, Auntie Siân,\nDafydd from the next street, and Mr Evans at school.",
                    ),
                ],
                picture: None,
            },
            ReportSection {
                heading: "What is going well".to_string(),
                heading_in_english: None,
                entries: vec![entry("What has changed since the last meeting?", GOING_WELL)],
                picture: None,
            },
            ReportSection {
                heading: "What I am worried about".to_string(),
                heading_in_english: None,
                entries: vec![entry("What worries you about your children?", WORRIES)],
                picture: None,
            },
            ReportSection {
                heading: "What I would like to happen".to_string(),
                heading_in_english: None,
                entries: vec![
                    entry("What would you like the conference to decide?", HOPES),
                    entry(
                        "Is there anything else you want the conference to know?",
                        "Please call me Catrin. I would like my mum to sit next to me in the meeting.",
                    ),
                ],
                picture: None,
            },
        ],
        running_header:
            "My report for the Child Protection Conference · Conference on 3 December 2026"
                .to_string(),
        footer: "Confidential – a parent’s report for a Child Protection Conference".to_string(),
        page_number_template: "Page {page} of {pages}".to_string(),
        created: chrono::Utc
            .with_ymd_and_hms(2026, 11, 30, 9, 15, 0)
            .single()
            .unwrap_or_default(),
    }
}
