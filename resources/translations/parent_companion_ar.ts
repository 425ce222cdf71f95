<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutPage</name>
    <message>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <source>Where your progress is kept</source>
        <translation>أين يُحفظ تقدّمك</translation>
    </message>
    <message>
        <source>This session is not being saved: nothing is written to this computer.</source>
        <translation>هذه الجلسة لا تُحفظ: لن يُكتب أي شيء على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>Folder: `%1`</source>
        <translation>المجلد: `%1`</translation>
    </message>
    <message>
        <source>This progress was saved by a newer version of Parent Companion. This version can show it but will not change it.</source>
        <translation>حُفظ هذا التقدّم بإصدار أحدث من Parent Companion. يستطيع هذا الإصدار عرضه، لكنه لن يغيّره.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>Sources for this page</source>
        <translation>مصادر هذه الصفحة</translation>
    </message>
    <message>
        <source>Every source this guide relies on</source>
        <translation>كل المصادر التي يعتمد عليها هذا الدليل</translation>
    </message>
    <message>
        <source>What&apos;s new in the guide</source>
        <translation>ما الجديد في الدليل</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <source>Family agreement</source>
        <translation>الاتفاق العائلي</translation>
    </message>
    <message>
        <source>Build a set of rules together, one agreement for each child. Tick the suggestions you like, change their words, and add your own. Everything is saved as you type. Print it, sign it, and put it somewhere you will all see it.</source>
        <translation>ضعوا معًا مجموعة من القواعد، اتفاقًا واحدًا لكل طفل. ضع علامة على الاقتراحات التي تعجبك، وغيّر كلماتها، وأضف قواعدك الخاصة. يُحفظ كل شيء أثناء الكتابة. اطبعه، ووقّعوا عليه، وضعوه في مكان تراه العائلة كلها.</translation>
    </message>
    <message>
        <source>Agreement for:</source>
        <translation>الاتفاق الخاص بـ:</translation>
    </message>
    <message>
        <source>Choose whose agreement to show</source>
        <translation>اختر الطفل الذي تريد عرض اتفاقه</translation>
    </message>
    <message>
        <source>New agreement: child&apos;s first name or nickname</source>
        <translation>اتفاق جديد: الاسم الأول للطفل أو لقبه</translation>
    </message>
    <message>
        <source>Start a new agreement</source>
        <translation>ابدأ اتفاقًا جديدًا</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(بلا اسم بعد)</translation>
    </message>
    <message>
        <source>Start an agreement for another child:</source>
        <translation>ابدأ اتفاقًا لطفل آخر:</translation>
    </message>
    <message>
        <source>Another child&apos;s name</source>
        <translation>اسم طفل آخر</translation>
    </message>
    <message>
        <source>Start with your child&apos;s first name or nickname:</source>
        <translation>ابدأ بالاسم الأول لطفلك أو لقبه:</translation>
    </message>
    <message>
        <source>Your child&apos;s name</source>
        <translation>اسم طفلك</translation>
    </message>
    <message>
        <source>Your changes are still on screen: print or save a PDF to keep them.</source>
        <translation>تغييراتك ما زالت على الشاشة: اطبعها أو احفظها بصيغة PDF لتحتفظ بها.</translation>
    </message>
    <message>
        <source>Your agreement could not be saved</source>
        <translation>تعذّر حفظ اتفاقك</translation>
    </message>
    <message>
        <source>The agreement could not be deleted</source>
        <translation>تعذّر حذف الاتفاق</translation>
    </message>
    <message>
        <source>family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <source>Family agreement - %1.pdf</source>
        <translation>الاتفاق العائلي - %1.pdf</translation>
    </message>
    <message>
        <source>Type your child&apos;s first name or a nickname above, then press Start a new agreement.</source>
        <translation>اكتب الاسم الأول لطفلك أو لقبه في الأعلى، ثم اضغط «ابدأ اتفاقًا جديدًا».</translation>
    </message>
    <message>
        <source>Child&apos;s name:</source>
        <translation>اسم الطفل:</translation>
    </message>
    <message>
        <source>Child&apos;s first name or nickname</source>
        <translation>الاسم الأول للطفل أو لقبه</translation>
    </message>
    <message>
        <source>Add your own rule</source>
        <translation>أضف قاعدتك الخاصة</translation>
    </message>
    <message>
        <source>Add your own rule to: %1</source>
        <translation>أضف قاعدتك الخاصة إلى: %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add this rule to: %1</source>
        <translation>أضف هذه القاعدة إلى: %1</translation>
    </message>
    <message>
        <source>Names and review date</source>
        <translation>الأسماء وتاريخ المراجعة</translation>
    </message>
    <message>
        <source>Everyone who agrees (names, separated by commas):</source>
        <translation>كل من يوافق (الأسماء، مفصولة بفواصل):</translation>
    </message>
    <message>
        <source>Everyone who agrees</source>
        <translation>كل من يوافق</translation>
    </message>
    <message>
        <source>We will look at it again on:</source>
        <translation>سنراجعه مرة أخرى في:</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>تاريخ المراجعة</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Delete this agreement</source>
        <translation>حذف هذا الاتفاق</translation>
    </message>
    <message>
        <source>Include this rule: %1</source>
        <translation>تضمين هذه القاعدة: %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Change the words if you like. Ctrl+Z undoes a change.</source>
        <translation>غيّر الكلمات إن أردت. يتراجع Ctrl+Z عن آخر تغيير.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove this rule: %1</source>
        <translation>إزالة هذه القاعدة: %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Your progress was saved by a newer version of Parent Companion. This version can show it but will not change it. Install the newer version to carry on.</source>
        <translation>حُفظ تقدّمك بإصدار أحدث من Parent Companion. يستطيع هذا الإصدار عرضه، لكنه لن يغيّره. ثبّت الإصدار الأحدث لتتابع.</translation>
    </message>
    <message>
        <source>Parent Companion cannot save changes at the moment, because the folder %1 cannot be written to (%2). Everything saved before is shown and kept safe.</source>
        <translation>لا يستطيع Parent Companion حفظ التغييرات الآن، لأنه لا يمكن الكتابة في المجلد %1 (%2). كل ما حُفظ من قبل معروض وفي أمان.</translation>
    </message>
    <message>
        <source>Your progress cannot be saved this time, because the file in %1 could not be opened (%2). You can still read everything; ticks last until you close the app.</source>
        <translation>لا يمكن حفظ تقدّمك هذه المرة، لأنه تعذّر فتح الملف في %1 (%2). ما زال بإمكانك قراءة كل شيء، وتبقى العلامات حتى تغلق التطبيق.</translation>
    </message>
    <message>
        <source>Your saved progress was damaged, so Parent Companion put back the copy it saved on %1. Anything you ticked after that day will need ticking again. The damaged file was kept as %2.</source>
        <translation>كان تقدّمك المحفوظ تالفًا، لذلك أعاد Parent Companion النسخة التي حفظها في %1. ستحتاج إلى وضع العلامات من جديد على ما أنجزته بعد ذلك اليوم. احتُفظ بالملف التالف باسم %2.</translation>
    </message>
    <message>
        <source>Your saved progress was damaged, and so were the copies saved on earlier days, so Parent Companion has started afresh. The damaged file was kept as %2.</source>
        <translation>كان تقدّمك المحفوظ تالفًا، وكذلك النسخ المحفوظة في الأيام السابقة، لذلك بدأ Parent Companion من جديد. احتُفظ بالملف التالف باسم %2.</translation>
    </message>
    <message>
        <source>Your saved progress was damaged and there was no earlier copy, so Parent Companion has started afresh. The damaged file was kept as %2.</source>
        <translation>كان تقدّمك المحفوظ تالفًا ولم تكن هناك نسخة سابقة، لذلك بدأ Parent Companion من جديد. احتُفظ بالملف التالف باسم %2.</translation>
    </message>
    <message>
        <source>Parent Companion could not save this change.</source>
        <translation>تعذّر على Parent Companion حفظ هذا التغيير.</translation>
    </message>
    <message>
        <source>Nothing you saved before has been lost.</source>
        <translation>لم يضِع شيء مما حفظته من قبل.</translation>
    </message>
    <message>
        <source>This computer&apos;s Parent Companion settings file has a problem, so safe settings are in use. Staff can check it with: parent-companion --check-policy</source>
        <translation>في ملف إعدادات Parent Companion على هذا الكمبيوتر مشكلة، لذلك تُستخدم إعدادات آمنة. يستطيع الموظفون فحصه بهذا الأمر: parent-companion --check-policy</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Why this matters:</source>
        <translation>لماذا هذا مهم:</translation>
    </message>
    <message>
        <source>How to do it:</source>
        <translation>كيف تفعل ذلك:</translation>
    </message>
    <message numerus="yes">
        <source>Once it is done, look at this again every %n months.</source>
        <comment>Once it is done, look at this again every month.</comment>
        <translation>
            <numerusform>بعد إنجازه، راجعه مرة أخرى كل %n شهر.</numerusform>
            <numerusform>بعد إنجازه، راجعه مرة أخرى كل شهر.</numerusform>
            <numerusform>بعد إنجازه، راجعه مرة أخرى كل شهرين.</numerusform>
            <numerusform>بعد إنجازه، راجعه مرة أخرى كل %n أشهر.</numerusform>
            <numerusform>بعد إنجازه، راجعه مرة أخرى كل %n شهرًا.</numerusform>
            <numerusform>بعد إنجازه، راجعه مرة أخرى كل %n شهر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to look at this again: it was due on %1.</source>
        <translation>حان وقت مراجعة هذا مرة أخرى: كان موعده في %1.</translation>
    </message>
    <message>
        <source>Done on %1. Look at it again by %2.</source>
        <translation>أُنجز في %1. راجعه مرة أخرى قبل %2.</translation>
    </message>
    <message>
        <source>Your tick could not be saved</source>
        <translation>تعذّر حفظ علامتك</translation>
    </message>
    <message>
        <source>Read the guide for this step</source>
        <translation>اقرأ الدليل الخاص بهذه الخطوة</translation>
    </message>
    <message>
        <source>Read the guide: %1</source>
        <translation>اقرأ الدليل: %1</translation>
    </message>
    <message>
        <source>The TALK checklist</source>
        <translation>قائمة التحقق TALK</translation>
    </message>
    <message>
        <source>Four steps from the Internet Watch Foundation, in our own words. Tick each thing when you have done it. Your ticks are saved straight away.</source>
        <translation>أربع خطوات من Internet Watch Foundation، بكلماتنا نحن. ضع علامة على كل أمر عندما تنجزه. تُحفظ علاماتك فورًا.</translation>
    </message>
    <message>
        <source>Your ticks can be read here but not changed.</source>
        <translation>يمكنك رؤية علاماتك هنا، لكن لا يمكنك تغييرها.</translation>
    </message>
</context>
<context>
    <name>ChildrenSection</name>
    <message>
        <source>Born in %1</source>
        <translation>سنة الميلاد %1</translation>
    </message>
    <message>
        <source>Age not given</source>
        <translation>العمر غير مذكور</translation>
    </message>
    <message>
        <source>no apps chosen yet</source>
        <translation>لم يُختر أي تطبيق بعد</translation>
    </message>
    <message>
        <source>Your children</source>
        <translation>أطفالك</translation>
    </message>
    <message>
        <source>Add each child by first name or a nickname. Their age and apps decide which starters, practice scenes and settings come first, and Home shows what to look at again as they grow. This is optional.</source>
        <translation>أضف كل طفل باسمه الأول أو بلقب. عمره وتطبيقاته تحدد ما يظهر أولًا من أفكار لبدء الحديث ومشاهد التدريب والإعدادات، وتعرض لك الصفحة الرئيسية ما يجب مراجعته من جديد كلما كبر. هذا اختياري.</translation>
    </message>
    <message>
        <source>Add a child…</source>
        <translation>إضافة طفل…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>تغيير…</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>تغيير بيانات %1</translation>
    </message>
    <message>
        <source>For another carer…</source>
        <translation>لمقدّم رعاية آخر…</translation>
    </message>
    <message>
        <source>Save a sheet about %1 for another carer</source>
        <translation>حفظ ورقة عن %1 لمقدّم رعاية آخر</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>إزالة %1</translation>
    </message>
    <message>
        <source>This child could not be saved</source>
        <translation>تعذّر حفظ بيانات هذا الطفل</translation>
    </message>
    <message>
        <source>This child could not be removed</source>
        <translation>تعذّرت إزالة هذا الطفل</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>United Kingdom</source>
        <translation>المملكة المتحدة</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>أيرلندا</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>الولايات المتحدة</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>كندا</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>أستراليا</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>نيوزيلندا</translation>
    </message>
</context>
<context>
    <name>CountryBar</name>
    <message>
        <source>call %1</source>
        <translation>اتصل بـ %1</translation>
    </message>
    <message>
        <source>text %1</source>
        <translation>أرسل رسالة نصية إلى %1</translation>
    </message>
    <message>
        <source>online at %1</source>
        <translation>عبر الإنترنت على %1</translation>
    </message>
    <message>
        <source>If a child is in danger right now, or may harm themselves, call the emergency number for your country:</source>
        <translation>إذا كان طفل في خطر الآن، أو قد يؤذي نفسه، فاتصل برقم الطوارئ في بلدك:</translation>
    </message>
    <message>
        <source>If a child is in danger right now, or may harm themselves, call %1.</source>
        <translation>إذا كان طفل في خطر الآن، أو قد يؤذي نفسه، فاتصل بـ %1.</translation>
    </message>
    <message>
        <source>To talk to someone now about thoughts of self-harm or suicide:</source>
        <translation>للتحدث الآن مع شخص ما عن أفكار إيذاء النفس أو الانتحار:</translation>
    </message>
    <message>
        <source>To report it:</source>
        <translation>للإبلاغ عنه:</translation>
    </message>
    <message>
        <source>Every number and service for %1 is on Get help.</source>
        <translation>كل الأرقام والخدمات الخاصة بـ %1 موجودة في صفحة «اطلب المساعدة».</translation>
    </message>
    <message>
        <source>If a child is in danger right now, call %1.</source>
        <translation>إذا كان طفل في خطر الآن، فاتصل بـ %1.</translation>
    </message>
    <message>
        <source>If a child is in danger right now, call: %1.</source>
        <translation>إذا كان طفل في خطر الآن، فاتصل بـ: %1.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>Change country</source>
        <translation>تغيير البلد</translation>
    </message>
    <message>
        <source>Advice for: every country, until you choose yours</source>
        <translation>النصائح لـ: كل البلدان، حتى تختار بلدك</translation>
    </message>
    <message>
        <source>Which country are you in? Then we can show you the right numbers and advice. Until then, you see the emergency numbers for every country.</source>
        <translation>في أي بلد أنت؟ عندها نستطيع أن نعرض لك الأرقام والنصائح المناسبة. حتى ذلك الحين، سترى أرقام الطوارئ لكل البلدان.</translation>
    </message>
    <message>
        <source>Advice for: %1</source>
        <translation>النصائح لـ: %1</translation>
    </message>
    <message>
        <source>(from this computer&apos;s settings)</source>
        <translation>(من إعدادات هذا الكمبيوتر)</translation>
    </message>
    <message>
        <source>Is this right? We chose %1 from this computer&apos;s settings. Press your country to confirm it or to change it.</source>
        <translation>هل هذا صحيح؟ اخترنا %1 من إعدادات هذا الكمبيوتر. اضغط على بلدك لتأكيده أو لتغييره.</translation>
    </message>
    <message>
        <source>Who to call now</source>
        <translation>بمن تتصل الآن</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Hide (quick exit)</source>
        <translation>إخفاء (الخروج السريع)</translation>
    </message>
    <message>
        <source>Open in your web browser?</source>
        <translation>هل تريد الفتح في متصفح الويب؟</translation>
    </message>
    <message>
        <source>This link opens a web page in your browser, outside Parent Companion.</source>
        <translation>يفتح هذا الرابط صفحة ويب في متصفحك، خارج Parent Companion.</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>فتح في المتصفح</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Welcome to Parent Companion</source>
        <translation>أهلًا بك في Parent Companion</translation>
    </message>
    <message>
        <source>Two quick questions help us show the right helplines and conversation starters. You can change them any time in Settings, or skip this for now.</source>
        <translation>سؤالان سريعان يساعداننا على أن نعرض لك خطوط المساعدة وأفكارًا لبدء الحديث تناسبك. يمكنك تغيير إجاباتك في أي وقت من الإعدادات، أو تخطي هذا الآن.</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>حفظ والبدء</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>تخطَّ الآن</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>حُفظ ملف PDF</translation>
    </message>
    <message>
        <source>Saved “%1” in this folder:</source>
        <translation>حُفظ «%1» في هذا المجلد:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Delete this agreement?</source>
        <translation>هل تريد حذف هذا الاتفاق؟</translation>
    </message>
    <message>
        <source>Delete the family agreement for %1? This cannot be undone.</source>
        <translation>هل تريد حذف الاتفاق العائلي الخاص بـ %1؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>حذف الاتفاق</translation>
    </message>
    <message>
        <source>Delete all your data?</source>
        <translation>هل تريد حذف كل بياناتك؟</translation>
    </message>
    <message>
        <source>This deletes every tick, setting and family agreement Parent Companion has saved on this computer. It cannot be undone. Print or save anything you want to keep first.</source>
        <translation>سيحذف هذا كل العلامات والإعدادات والاتفاقات العائلية التي حفظها Parent Companion على هذا الكمبيوتر. لا يمكن التراجع عن ذلك. اطبع أو احفظ أولًا كل ما تريد الاحتفاظ به.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>حذف كل شيء</translation>
    </message>
    <message>
        <source>Parent Companion is already open</source>
        <translation>Parent Companion مفتوح بالفعل</translation>
    </message>
    <message>
        <source>Parent Companion is already open on this computer, so its window has been brought to the front. Only one copy runs at a time, so nothing gets mixed up.</source>
        <translation>Parent Companion مفتوح بالفعل على هذا الكمبيوتر، لذلك ظهرت نافذته في المقدمة. تعمل نسخة واحدة فقط في كل مرة، حتى لا يختلط شيء.</translation>
    </message>
</context>
<context>
    <name>FamilyDialogs</name>
    <message>
        <source>Save reminders for your calendar</source>
        <translation>حفظ تذكيرات لتقويمك</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>تقويم (*.ics)</translation>
    </message>
    <message>
        <source>Remove this child?</source>
        <translation>هل تريد إزالة هذا الطفل؟</translation>
    </message>
    <message>
        <source>Remove %1 from Parent Companion? Their family agreement and your ticks stay as they are.</source>
        <translation>هل تريد إزالة %1 من Parent Companion؟ يبقى الاتفاق العائلي وعلاماتك كما هي.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>إزالة %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>First name or nickname</source>
        <translation>الاسم الأول أو اللقب</translation>
    </message>
    <message>
        <source>First name or nickname:</source>
        <translation>الاسم الأول أو اللقب:</translation>
    </message>
    <message>
        <source>Year born</source>
        <translation>سنة الميلاد</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>غير محددة</translation>
    </message>
    <message>
        <source>Year born:</source>
        <translation>سنة الميلاد:</translation>
    </message>
    <message>
        <source>Age, if you would rather not give a year</source>
        <translation>العمر، إن كنت تفضّل ألّا تذكر السنة</translation>
    </message>
    <message>
        <source>Or their age:</source>
        <translation>أو العمر:</translation>
    </message>
    <message>
        <source>The apps, games and devices they use:</source>
        <translation>التطبيقات والألعاب والأجهزة التي يستخدمها الطفل:</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>إضافة طفل</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>تغيير بيانات %1</translation>
    </message>
</context>
<context>
    <name>FamilyExports</name>
    <message>
        <source>No reminders yet</source>
        <translation>لا توجد تذكيرات بعد</translation>
    </message>
    <message>
        <source>Tick the checklist items and settings you have done. Each one then has a date to look at it again, and those dates go into your calendar.</source>
        <translation>ضع علامة على بنود قائمة التحقق والإعدادات التي أنجزتها. عندها يصبح لكل واحد منها موعد لمراجعته مرة أخرى، وتُضاف هذه المواعيد إلى تقويمك.</translation>
    </message>
    <message>
        <source>Parent Companion reminders.ics</source>
        <translation>تذكيرات Parent Companion.ics</translation>
    </message>
    <message>
        <source>The reminders could not be saved</source>
        <translation>تعذّر حفظ التذكيرات</translation>
    </message>
    <message>
        <source>Looking after %1: for other carers</source>
        <translation>رعاية %1: لمقدّمي الرعاية الآخرين</translation>
    </message>
    <message>
        <source>For grandparents, babysitters and the other household. It lists the rules we agreed, the apps %1 uses, and who to call if something online worries you.</source>
        <translation>للأجداد والجدات، ومن يجالسون الأطفال، وأهل البيت الآخر. فيها القواعد التي اتفقنا عليها، والتطبيقات التي يستخدمها %1، وبمن تتصل إذا أقلقك شيء على الإنترنت.</translation>
    </message>
    <message>
        <source>The rules we agreed</source>
        <translation>القواعد التي اتفقنا عليها</translation>
    </message>
    <message>
        <source>No rules agreed in Parent Companion yet.</source>
        <translation>لا توجد قواعد متفق عليها في Parent Companion بعد.</translation>
    </message>
    <message>
        <source>Apps and games %1 uses</source>
        <translation>التطبيقات والألعاب التي يستخدمها %1</translation>
    </message>
    <message>
        <source>no settings ticked yet</source>
        <translation>لم توضع علامة على أي إعداد بعد</translation>
    </message>
    <message>
        <source>None chosen yet.</source>
        <translation>لم يُختر أي شيء بعد.</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>بمن تتصل</translation>
    </message>
    <message>
        <source>If %1 tells you something worrying: stay calm, listen, thank them for telling you, and let their parents know as soon as you can.</source>
        <translation>إذا أخبرك %1 بشيء مقلق: حافظ على هدوئك، واستمع، واشكره لأنه أخبرك، وأبلغ والديه في أقرب وقت ممكن.</translation>
    </message>
    <message>
        <source>Looking after %1</source>
        <translation>رعاية %1</translation>
    </message>
    <message>
        <source>For other carers - %1.pdf</source>
        <translation>لمقدمي الرعاية الآخرين - %1.pdf</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Conversation starters</source>
        <translation>أفكار لبدء الحديث</translation>
    </message>
    <message>
        <source>Your checklist for this step</source>
        <translation>قائمة التحقق الخاصة بك لهذه الخطوة</translation>
    </message>
    <message>
        <source>Every source used in this guide</source>
        <translation>كل المصادر المستخدمة في هذا الدليل</translation>
    </message>
    <message>
        <source>Sources for this page</source>
        <translation>مصادر هذه الصفحة</translation>
    </message>
    <message>
        <source>On this page</source>
        <translation>في هذه الصفحة</translation>
    </message>
    <message>
        <source>Choose your children&apos;s ages in &lt;a href=&quot;page:settings&quot;&gt;Settings&lt;/a&gt; to see only the starters that fit.</source>
        <translation>اختر أعمار أطفالك في &lt;a href=&quot;page:settings&quot;&gt;الإعدادات&lt;/a&gt; لترى فقط أفكارًا لبدء الحديث تناسب أعمارهم.</translation>
    </message>
    <message>
        <source>(written %1)</source>
        <translation>(كُتب في %1)</translation>
    </message>
    <message>
        <source>Checked on %1.</source>
        <translation>تمت المراجعة في %1.</translation>
    </message>
    <message>
        <source>Some of the sources for this page were written in %1, more than two years ago. Numbers, names and settings may have changed since: please check them on the organisation&apos;s own website.</source>
        <translation>كُتبت بعض مصادر هذه الصفحة في %1، أي قبل أكثر من سنتين. ربما تغيّرت الأرقام والأسماء والإعدادات منذ ذلك الحين: تحقّق منها على الموقع الإلكتروني للجهة نفسها.</translation>
    </message>
</context>
<context>
    <name>HelpLanguages</name>
    <message>
        <source>Help in Spanish: %1</source>
        <translation>مساعدة بالإسبانية: %1</translation>
    </message>
    <message>
        <source>Help in Arabic: %1</source>
        <translation>مساعدة بالعربية: %1</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>text</source>
        <translation>الرسائل النصية</translation>
    </message>
    <message>
        <source>online chat</source>
        <translation>الدردشة عبر الإنترنت</translation>
    </message>
    <message>
        <source>website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>through an interpreter</source>
        <translation>عبر مترجم فوري</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>If your child, or you, may be thinking of self-harm or suicide</source>
        <translation>إذا كنت أنت أو طفلك تفكران في إيذاء النفس أو الانتحار</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>الشرطة</translation>
    </message>
    <message>
        <source>Report online sexual abuse</source>
        <translation>الإبلاغ عن الإساءة الجنسية عبر الإنترنت</translation>
    </message>
    <message>
        <source>Get a nude image taken down</source>
        <translation>طلب إزالة صورة عارية</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation>شخص تتحدث إليه</translation>
    </message>
    <message>
        <source>Who it is for:</source>
        <translation>لمن هذه الخدمة:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>الهاتف:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>رسالة نصية:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>الموقع الإلكتروني:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>الأوقات:</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>اطلب المساعدة</translation>
    </message>
    <message>
        <source>You are looking at help for %1.</source>
        <translation>أنت تطّلع على المساعدة الخاصة بـ %1.</translation>
    </message>
    <message>
        <source>Show help for %1</source>
        <translation>عرض المساعدة الخاصة بـ %1</translation>
    </message>
    <message>
        <source>Show help for every country</source>
        <translation>عرض المساعدة لكل البلدان</translation>
    </message>
    <message>
        <source>Choose your country above to see its police, reporting, image removal and support services.</source>
        <translation>اختر بلدك في الأعلى لترى خدمات الشرطة والإبلاغ وإزالة الصور والدعم فيه.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Numbers and opening hours can change: if one does not work, search for the service&apos;s official website.</source>
        <translation>قد تتغير الأرقام وأوقات العمل: إذا لم يعمل أحدها، فابحث عن الموقع الرسمي للخدمة.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Settings to look at again for %1:</source>
        <translation>إعدادات تحتاج إلى مراجعة مرة أخرى لـ %1:</translation>
    </message>
    <message>
        <source>Read this on the Age by age page, with its sources</source>
        <translation>اقرأ هذا في صفحة «عمرًا بعمر»، مع مصادره</translation>
    </message>
    <message>
        <source>%1 turns %2 this year: what changes</source>
        <translation>يبلغ %1 سن %2 هذا العام: ما الذي يتغير</translation>
    </message>
    <message>
        <source>The guide has changed since you last looked:</source>
        <translation>تغيّر الدليل منذ آخر مرة اطّلعت عليه:</translation>
    </message>
    <message>
        <source>see what&apos;s new</source>
        <translation>اطّلع على الجديد</translation>
    </message>
    <message>
        <source>Nothing is due for another look yet. Your own calendar can remind you when it is.</source>
        <translation>لا يوجد شيء يحتاج إلى مراجعة مرة أخرى بعد. يستطيع تقويمك أن يذكّرك عندما يحين الوقت.</translation>
    </message>
    <message>
        <source>Add reminders to my calendar…</source>
        <translation>إضافة تذكيرات إلى تقويمي…</translation>
    </message>
    <message>
        <source>Add reminders to look again to my calendar: saves a calendar file</source>
        <translation>إضافة تذكيرات المراجعة إلى تقويمي: يحفظ ملف تقويم</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Progress on %1</source>
        <translation>التقدّم في %1</translation>
    </message>
    <message>
        <source>Open this step</source>
        <translation>افتح هذه الخطوة</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>افتح %1</translation>
    </message>
    <message>
        <source>Welcome to Parent Companion</source>
        <translation>أهلًا بك في Parent Companion</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>تقدّمك</translation>
    </message>
    <message>
        <source>Your child&apos;s apps and games</source>
        <translation>تطبيقات طفلك وألعابه</translation>
    </message>
    <message>
        <source>Mark the apps, games and devices your child uses on the Platforms page, and their settings to check will show here.</source>
        <translation>حدّد في صفحة «التطبيقات والألعاب والأجهزة» ما يستخدمه طفلك منها، وستظهر هنا الإعدادات التي عليك فحصها.</translation>
    </message>
    <message>
        <source>Saved pages</source>
        <translation>الصفحات المحفوظة</translation>
    </message>
    <message>
        <source>Due for another look</source>
        <translation>بحاجة إلى مراجعة مرة أخرى</translation>
    </message>
    <message>
        <source>The TALK checklist was created by the Internet Watch Foundation (IWF). Parent Companion is independent: it is not made or endorsed by the IWF. See About for more.</source>
        <translation>أنشأت Internet Watch Foundation (IWF) قائمة التحقق TALK. أما Parent Companion فمستقل: لم تصنعه IWF ولا تؤيده. اطّلع على صفحة «حول» لمعرفة المزيد.</translation>
    </message>
    <message>
        <source>Something has happened?</source>
        <translation>هل حدث شيء ما؟</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>اطلب المساعدة الآن</translation>
    </message>
    <message>
        <source>Get help now: what to do if it has already happened</source>
        <translation>اطلب المساعدة الآن: ماذا تفعل إذا كان الأمر قد حدث بالفعل</translation>
    </message>
    <message>
        <source>Your children&apos;s apps and games</source>
        <translation>تطبيقات أطفالك وألعابهم</translation>
    </message>
    <message>
        <source>Other apps and games</source>
        <translation>تطبيقات وألعاب أخرى</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Opening websites from Parent Companion is turned off on this computer.</source>
        <translation>فتح المواقع الإلكترونية من Parent Companion متوقف على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>Websites are turned off here</source>
        <translation>المواقع الإلكترونية متوقفة هنا</translation>
    </message>
    <message>
        <source>This link is not opened</source>
        <translation>لن يُفتح هذا الرابط</translation>
    </message>
    <message>
        <source>Parent Companion only opens links to the safety and help websites it knows. You can type the address into your browser yourself if you trust it.</source>
        <translation>لا يفتح Parent Companion إلا روابط مواقع الأمان والمساعدة التي يعرفها. إذا كنت تثق بالعنوان، يمكنك كتابته بنفسك في متصفحك.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This is a shared computer. Nothing you do here is saved. Print or save to your own USB stick to keep it.</source>
        <translation>هذا كمبيوتر مشترك. لا يُحفظ أي شيء تفعله هنا. لتحتفظ بما تريد، اطبعه أو احفظه على ذاكرة USB خاصة بك.</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>إنهاء الجلسة</translation>
    </message>
    <message>
        <source>Clears everything and starts afresh.</source>
        <translation>يمسح كل شيء ويبدأ من جديد.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>You are in %1, on %2</source>
        <translation>أنت في قسم %1، في صفحة %2</translation>
    </message>
    <message>
        <source>Some files could not be deleted</source>
        <translation>تعذّر حذف بعض الملفات</translation>
    </message>
    <message>
        <source>The PDF could not be saved</source>
        <translation>تعذّر حفظ ملف PDF</translation>
    </message>
    <message>
        <source>Nothing to print here</source>
        <translation>لا يوجد شيء للطباعة هنا</translation>
    </message>
    <message>
        <source>This page has nothing to print. Open a guide page, a platform or your family agreement, or save the whole guide from the File menu.</source>
        <translation>لا تحتوي هذه الصفحة على شيء للطباعة. افتح صفحة من الدليل، أو منصة، أو الاتفاق العائلي، أو احفظ الدليل كاملًا من قائمة «ملف».</translation>
    </message>
    <message>
        <source>Parent Companion guide.pdf</source>
        <translation>دليل Parent Companion.pdf</translation>
    </message>
    <message>
        <source>Search the guide (Ctrl+F)</source>
        <translation>ابحث في الدليل (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>ابحث في الدليل</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Hide (quick exit)</source>
        <translation>إخفاء (الخروج السريع)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Hides this window at once. You can also press Shift three times.</source>
        <translation>يخفي هذه النافذة فورًا. يمكنك أيضًا الضغط على Shift ثلاث مرات.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Print this page…</source>
        <translation>&amp;طباعة هذه الصفحة…</translation>
    </message>
    <message>
        <source>&amp;Save this page as PDF…</source>
        <translation>&amp;حفظ هذه الصفحة بصيغة PDF…</translation>
    </message>
    <message>
        <source>Save the &amp;whole guide as PDF…</source>
        <translation>حفظ الدليل &amp;كاملًا بصيغة PDF…</translation>
    </message>
    <message>
        <source>Add &amp;reminders to my calendar…</source>
        <translation>إضافة ت&amp;ذكيرات إلى تقويمي…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;تقدّم</translation>
    </message>
    <message>
        <source>&amp;Search the guide</source>
        <translation>&amp;بحث في الدليل</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>الأ&amp;لوان</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>نص أ&amp;كبر</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>نص أ&amp;صغر</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>حجم النص ال&amp;عادي</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About Parent Companion</source>
        <translation>&amp;حول Parent Companion</translation>
    </message>
</context>
<context>
    <name>PlatformsPage</name>
    <message>
        <source>Apps, games and devices</source>
        <translation>التطبيقات والألعاب والأجهزة</translation>
    </message>
    <message>
        <source>the UK</source>
        <translation>المملكة المتحدة</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>أيرلندا</translation>
    </message>
    <message>
        <source>the US</source>
        <translation>الولايات المتحدة</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>كندا</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>أستراليا</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>نيوزيلندا</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>Elsewhere: %1.</source>
        <translation>في أماكن أخرى: %1.</translation>
    </message>
    <message>
        <source>In %1: %2. %3</source>
        <translation>في %1: %2. %3</translation>
    </message>
    <message>
        <source>Minimum age:</source>
        <translation>الحد الأدنى للعمر:</translation>
    </message>
    <message>
        <source>Social and video</source>
        <translation>التواصل الاجتماعي والفيديو</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>المراسلة</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>الألعاب</translation>
    </message>
    <message>
        <source>Phones, tablets and computers</source>
        <translation>الهواتف والأجهزة اللوحية وأجهزة الكمبيوتر</translation>
    </message>
    <message>
        <source>Your choice could not be saved</source>
        <translation>تعذّر حفظ اختيارك</translation>
    </message>
    <message>
        <source>My child uses this</source>
        <translation>يستخدمه طفلي</translation>
    </message>
    <message>
        <source>My child uses %1</source>
        <translation>يستخدم طفلي %1</translation>
    </message>
    <message>
        <source>Open guide</source>
        <translation>فتح الدليل</translation>
    </message>
    <message>
        <source>Open the guide for %1</source>
        <translation>فتح الدليل الخاص بـ %1</translation>
    </message>
    <message>
        <source>Step-by-step privacy settings for the apps, games and devices children use. Tick &quot;My child uses this&quot; and those come first, here and on Home.</source>
        <translation>إعدادات الخصوصية خطوة بخطوة للتطبيقات والألعاب والأجهزة التي يستخدمها الأطفال. ضع علامة على «يستخدمه طفلي» لتظهر هذه أولًا، هنا وفي الصفحة الرئيسية.</translation>
    </message>
    <message>
        <source>Type a name, for example Roblox</source>
        <translation>اكتب اسمًا، مثل Roblox</translation>
    </message>
    <message>
        <source>Find an app, game or device by name</source>
        <translation>ابحث عن تطبيق أو لعبة أو جهاز بالاسم</translation>
    </message>
    <message>
        <source>Show only one kind</source>
        <translation>عرض نوع واحد فقط</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Nothing matches. Try another name or kind.</source>
        <translation>لا توجد نتائج مطابقة. جرّب اسمًا أو نوعًا آخر.</translation>
    </message>
    <message>
        <source>We checked these settings more than a year ago. Apps change their menus often, so some steps may have moved. The official help pages below have the latest details.</source>
        <translation>راجعنا هذه الإعدادات قبل أكثر من سنة. كثيرًا ما تغيّر التطبيقات قوائمها، لذلك ربما تغيّر مكان بعض الخطوات. تجد أحدث التفاصيل في صفحات المساعدة الرسمية أدناه.</translation>
    </message>
    <message>
        <source>Risks to know about</source>
        <translation>مخاطر يجب أن تعرفها</translation>
    </message>
    <message>
        <source>Safety features</source>
        <translation>ميزات الأمان</translation>
    </message>
    <message>
        <source>What you can see:</source>
        <translation>ما يمكنك رؤيته:</translation>
    </message>
    <message>
        <source>What you cannot see:</source>
        <translation>ما لا يمكنك رؤيته:</translation>
    </message>
    <message>
        <source>Settings to check</source>
        <translation>إعدادات يجب فحصها</translation>
    </message>
    <message>
        <source>Tick each one when it is done. Settings can change after an app updates, so the app reminds you to check again.</source>
        <translation>ضع علامة على كل إعداد عندما تنجزه. قد تتغير الإعدادات بعد تحديث التطبيق، لذلك يذكّرك Parent Companion بفحصها مرة أخرى.</translation>
    </message>
    <message>
        <source>Official help page for this setting</source>
        <translation>صفحة المساعدة الرسمية لهذا الإعداد</translation>
    </message>
    <message>
        <source>Official help</source>
        <translation>المساعدة الرسمية</translation>
    </message>
    <message>
        <source>Sources for this page</source>
        <translation>مصادر هذه الصفحة</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Practise a conversation</source>
        <translation>تدرّب على محادثة</translation>
    </message>
    <message>
        <source>Practise what you might say before you need to. Each scene starts with something a child might say. Pick a reply and see how it tends to land, and why. There are no scores, and nothing is saved.</source>
        <translation>تدرّب على ما قد تقوله قبل أن تحتاج إليه. يبدأ كل مشهد بشيء قد يقوله طفل. اختر ردًّا وشاهد كيف يُستقبل عادةً، ولماذا. لا توجد درجات، ولا يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Practise: %1 (%2)</source>
        <translation>تدرّب: %1 (%2)</translation>
    </message>
    <message>
        <source>← All scenes</source>
        <translation>→ كل المشاهد</translation>
    </message>
    <message>
        <source>Leave this scene and show all scenes</source>
        <translation>اترك هذا المشهد واعرض كل المشاهد</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>أنت:</translation>
    </message>
    <message>
        <source>Your child:</source>
        <translation>طفلك:</translation>
    </message>
    <message>
        <source>What do you say?</source>
        <translation>ماذا تقول؟</translation>
    </message>
    <message>
        <source>Reply %1 of %2: %3</source>
        <translation>الرد %1 من %2: %3</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>ماذا تفعل بعد ذلك</translation>
    </message>
    <message>
        <source>Open the page: %1</source>
        <translation>افتح الصفحة: %1</translation>
    </message>
    <message>
        <source>Try another reply</source>
        <translation>جرّب ردًّا آخر</translation>
    </message>
    <message>
        <source>Try another reply: start this scene again</source>
        <translation>جرّب ردًّا آخر: ابدأ هذا المشهد من جديد</translation>
    </message>
    <message>
        <source>Back to all scenes</source>
        <translation>العودة إلى كل المشاهد</translation>
    </message>
    <message>
        <source>Where this advice comes from</source>
        <translation>من أين تأتي هذه النصيحة</translation>
    </message>
    <message>
        <source>Keeps the door open</source>
        <translation>يُبقي الباب مفتوحًا</translation>
    </message>
    <message>
        <source>Closes the door</source>
        <translation>يُغلق الباب</translation>
    </message>
    <message>
        <source>Moves to action</source>
        <translation>ينتقل إلى التصرّف</translation>
    </message>
</context>
<context>
    <name>PreferencesForm</name>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Choose your country</source>
        <translation>اختر بلدك</translation>
    </message>
    <message>
        <source>Where do you live?</source>
        <translation>أين تعيش؟</translation>
    </message>
    <message>
        <source>How old are your children?</source>
        <translation>كم أعمار أطفالك؟</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Checked on %1.</source>
        <translation>تمت المراجعة في %1.</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>اطلب المساعدة</translation>
    </message>
    <message>
        <source>Every source used in this guide</source>
        <translation>كل المصادر المستخدمة في هذا الدليل</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>صفحة</translation>
    </message>
    <message>
        <source>A guide for parents and carers, built around the TALK checklist from the Internet Watch Foundation (IWF). Parent Companion is independent of the IWF.</source>
        <translation>دليل للآباء والأمهات ومقدّمي الرعاية، مبني على قائمة التحقق TALK من Internet Watch Foundation (IWF). وParent Companion مستقل عن IWF.</translation>
    </message>
    <message>
        <source>Parent Companion: the whole guide</source>
        <translation>Parent Companion: الدليل كاملًا</translation>
    </message>
    <message>
        <source>Printed from Parent Companion on %1.</source>
        <translation>طُبع من Parent Companion في %1.</translation>
    </message>
    <message>
        <source>(written %1)</source>
        <translation>(كُتب في %1)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>our family</source>
        <translation>عائلتنا</translation>
    </message>
    <message>
        <source>We will look at this again on</source>
        <translation>سنراجع هذا مرة أخرى في</translation>
    </message>
    <message>
        <source>Signed by all of us</source>
        <translation>وقّعنا عليه جميعًا</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <source>Conversation starters</source>
        <translation>أفكار لبدء الحديث</translation>
    </message>
    <message>
        <source>Emergency:</source>
        <translation>الطوارئ:</translation>
    </message>
    <message>
        <source>Minimum age:</source>
        <translation>الحد الأدنى للعمر:</translation>
    </message>
    <message>
        <source>Risks to know about</source>
        <translation>مخاطر يجب أن تعرفها</translation>
    </message>
    <message>
        <source>Settings to check</source>
        <translation>إعدادات يجب فحصها</translation>
    </message>
    <message>
        <source>Who to call now</source>
        <translation>بمن تتصل الآن</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>%1 of %2 done</source>
        <translation>أُنجز %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>%n due for another look</source>
        <comment>1 due for another look</comment>
        <translation>
            <numerusform>%n بند بحاجة إلى مراجعة مرة أخرى</numerusform>
            <numerusform>بند واحد بحاجة إلى مراجعة مرة أخرى</numerusform>
            <numerusform>بندان بحاجة إلى مراجعة مرة أخرى</numerusform>
            <numerusform>%n بنود بحاجة إلى مراجعة مرة أخرى</numerusform>
            <numerusform>%n بندًا بحاجة إلى مراجعة مرة أخرى</numerusform>
            <numerusform>%n بند بحاجة إلى مراجعة مرة أخرى</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickExit</name>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>Nothing is open.</source>
        <translation>لا يوجد شيء مفتوح.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>SaveButton</name>
    <message>
        <source>★ On Home</source>
        <translation>★ في الرئيسية</translation>
    </message>
    <message>
        <source>On Home, under Saved pages. Press to take it off</source>
        <translation>في الرئيسية، ضمن الصفحات المحفوظة. اضغط لإزالتها</translation>
    </message>
    <message>
        <source>☆ Add to Home</source>
        <translation>☆ أضف إلى الرئيسية</translation>
    </message>
    <message>
        <source>Add this page to Saved pages on Home</source>
        <translation>أضف هذه الصفحة إلى الصفحات المحفوظة في الرئيسية</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <source>Conversation starters</source>
        <translation>أفكار لبدء الحديث</translation>
    </message>
    <message>
        <source>Apps, games and devices</source>
        <translation>التطبيقات والألعاب والأجهزة</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>اطلب المساعدة</translation>
    </message>
    <message>
        <source>Type a word or a question in your own words, like “someone is threatening my son” or “who do I call”. Search looks through the whole guide, the platform guides and Get help.</source>
        <translation>اكتب كلمة أو سؤالًا بكلماتك الخاصة، مثل «شخص يهدد ابني» أو «بمن أتصل». يشمل البحث الدليل كله، وأدلة المنصات، وصفحة «اطلب المساعدة».</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Something has happened?</source>
        <translation>هل حدث شيء ما؟</translation>
    </message>
    <message>
        <source>Results for “%1”. Press Enter to open one.</source>
        <translation>نتائج «%1». اضغط Enter لفتح إحداها.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try other words, like “blackmail” or “Roblox”.</source>
        <translation>لم يُعثر على شيء لـ «%1». جرّب كلمات أخرى، مثل «ابتزاز» أو «Roblox».</translation>
    </message>
    <message>
        <source>If something has happened, start here:</source>
        <translation>إذا حدث شيء ما، فابدأ من هنا:</translation>
    </message>
    <message>
        <source>%1 in another country</source>
        <translation>%1 في بلد آخر</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Your country decides which helplines and reporting routes you see. Your children&apos;s ages decide which conversation starters you see. Changes are saved straight away.</source>
        <translation>بلدك يحدد خطوط المساعدة وطرق الإبلاغ التي تراها. وأعمار أطفالك تحدد ما تراه من أفكار لبدء الحديث. تُحفظ التغييرات فورًا.</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>الألوان:</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>الألوان</translation>
    </message>
    <message>
        <source>Follow this computer</source>
        <translation>حسب إعدادات هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Text size: press Ctrl and + for larger text, Ctrl and - for smaller, Ctrl and 0 to go back to normal. The View menu has the same.</source>
        <translation>حجم النص: اضغط Ctrl و+ لتكبير النص، وCtrl و- لتصغيره، وCtrl و0 للعودة إلى الحجم العادي. وفي قائمة «عرض» الأوامر نفسها.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>الخروج السريع</translation>
    </message>
    <message>
        <source>The Hide button at the top left, or pressing Shift three times, hides this window straight away.</source>
        <translation>زر «إخفاء» في أعلى اليمين، أو الضغط على Shift ثلاث مرات، يخفي هذه النافذة فورًا.</translation>
    </message>
    <message>
        <source>What quick exit does and does not hide</source>
        <translation>ما الذي يخفيه الخروج السريع وما الذي لا يخفيه</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>بياناتك</translation>
    </message>
    <message>
        <source>Everything Parent Companion has saved (ticks, settings, children&apos;s profiles and family agreements) is in this folder, which only your account can open: %1</source>
        <translation>كل ما حفظه Parent Companion (العلامات، والإعدادات، وملفات أطفالك، والاتفاقات العائلية) موجود في هذا المجلد، ولا يمكن فتحه إلا من حسابك: %1</translation>
    </message>
    <message>
        <source>Delete all my data…</source>
        <translation>حذف كل بياناتي…</translation>
    </message>
    <message>
        <source>Your settings could not be saved</source>
        <translation>تعذّر حفظ إعداداتك</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Quick exit: hide this window at once</source>
        <translation>الخروج السريع: إخفاء هذه النافذة فورًا</translation>
    </message>
    <message>
        <source>Shift three times</source>
        <translation>Shift ثلاث مرات</translation>
    </message>
    <message>
        <source>Back and Forward with the mouse</source>
        <translation>الرجوع والتقدّم بالفأرة</translation>
    </message>
    <message>
        <source>The mouse&apos;s Back and Forward buttons</source>
        <translation>زرّا الرجوع والتقدّم في الفأرة</translation>
    </message>
    <message>
        <source>From the search box into the results</source>
        <translation>من مربع البحث إلى النتائج</translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation>السهم للأسفل</translation>
    </message>
    <message>
        <source>Open the chosen result</source>
        <translation>فتح النتيجة المختارة</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Clear the search box, then leave the results</source>
        <translation>إفراغ مربع البحث، ثم الخروج من النتائج</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>الانتقال إلى عنصر التحكم التالي أو السابق</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab، Shift+Tab</translation>
    </message>
    <message>
        <source>Scroll the page</source>
        <translation>تمرير الصفحة</translation>
    </message>
    <message>
        <source>Arrow keys, Page Up, Page Down</source>
        <translation>مفاتيح الأسهم، Page Up، Page Down</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>ماذا يفعل</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>WhatsNewPage</name>
    <message>
        <source>What&apos;s new in the guide</source>
        <translation>ما الجديد في الدليل</translation>
    </message>
    <message>
        <source>Each update of Parent Companion can bring new pages, new settings to check and changed phone numbers. Here is what changed, newest first.</source>
        <translation>كل تحديث لـ Parent Companion قد يأتي بصفحات جديدة، وإعدادات جديدة يجب فحصها، وأرقام هواتف تغيّرت. هنا ما تغيّر، بدءًا بالأحدث.</translation>
    </message>
    <message>
        <source>Version %1, %2</source>
        <translation>الإصدار %1، %2</translation>
    </message>
    <message>
        <source>new since you last looked</source>
        <translation>جديد منذ آخر مرة اطّلعت فيها</translation>
    </message>
    <message>
        <source>New pages</source>
        <translation>صفحات جديدة</translation>
    </message>
    <message>
        <source>New settings to check</source>
        <translation>إعدادات جديدة يجب فحصها</translation>
    </message>
    <message>
        <source>New helplines</source>
        <translation>خطوط مساعدة جديدة</translation>
    </message>
    <message>
        <source>Changed numbers</source>
        <translation>أرقام تغيّرت</translation>
    </message>
</context>
</TS>
