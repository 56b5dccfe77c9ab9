package org.frontline.classify.internal;

/** How much a feature bucket pushes a label up against the average of the other labels; see {@link LinearModel#weight}. */
interface BucketWeights {

    double weight(int index, int label);
}
