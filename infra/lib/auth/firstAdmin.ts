import { RemovalPolicy } from 'aws-cdk-lib';
import { CfnUserPoolUser, CfnUserPoolUserToGroupAttachment, type UserPool, type UserPoolGroup } from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

export interface FirstAdminProps {
  userPool: UserPool;
  /** The DISTRICT_ADMIN group. */
  group: UserPoolGroup;
  email: string;
}

/**
 * The first district administrator, who then creates every other account in
 * the console. Native CloudFormation resources rather than a custom resource:
 * no Lambda and no IAM permission to create users exists anywhere in the stack.
 * Cognito e-mails a temporary password (the pool's invitation message).
 *
 * Both resources are retained: the user must survive removing `adminEmail`
 * from a later deploy, or changing it (which creates a second admin).
 */
export class FirstAdmin extends Construct {
  readonly user: CfnUserPoolUser;

  constructor(scope: Construct, id: string, props: FirstAdminProps) {
    super(scope, id);

    this.user = new CfnUserPoolUser(this, 'User', {
      userPoolId: props.userPool.userPoolId,
      // The pool signs in by e-mail, so the e-mail is the username.
      username: props.email,
      userAttributes: [
        { name: 'email', value: props.email },
        // The address came from district IT, and password resets need a verified one.
        { name: 'email_verified', value: 'true' },
      ],
      desiredDeliveryMediums: ['EMAIL'],
    });
    this.user.applyRemovalPolicy(RemovalPolicy.RETAIN);

    const membership = new CfnUserPoolUserToGroupAttachment(this, 'DistrictAdmin', {
      userPoolId: props.userPool.userPoolId,
      // The user's Ref is its username: CloudFormation creates the user first.
      username: this.user.ref,
      // A reference, so CloudFormation creates the group first.
      groupName: props.group.groupName,
    });
    membership.applyRemovalPolicy(RemovalPolicy.RETAIN);
  }
}
