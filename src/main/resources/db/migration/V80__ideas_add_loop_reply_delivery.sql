-- ideas module: an answer that closes the loop is handed to the replies module when the mention's channel can
-- be answered from Frontline; reply_id then names that reply, whose delivery state the topic page shows.
-- Answers on channels without a sender wait as answer_by_hand for an agent.
alter table idea_loop_reply add column reply_id uuid;
alter table idea_loop_reply add column case_id uuid;
